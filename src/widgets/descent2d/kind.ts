import type { WidgetKind } from '../kind.ts';
import { descent2DParams, descent2DQuantities, runDescent2D, type Descent2DExample } from './model.ts';
import { drawDescent2D } from './plot.ts';

export const descent2D: WidgetKind<Descent2DExample> = {
  params: descent2DParams,
  quantities: (example, params) => descent2DQuantities(example, runDescent2D(example, params)),
  plot: (example, document) => drawDescent2D(example, runDescent2D(example, example.defaults), document),
};
