import type { WidgetKind } from '../kind.ts';
import { descent1DParams, descent1DQuantities, runDescent1D, type Descent1DExample } from './model.ts';
import { drawDescent1D } from './plot.ts';

export const descent1D: WidgetKind<Descent1DExample> = {
  params: descent1DParams,
  quantities: (example, params) => descent1DQuantities(example, runDescent1D(example, params)),
  plot: (example, document) => drawDescent1D(example, runDescent1D(example, example.defaults), document),
};
