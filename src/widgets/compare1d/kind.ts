import type { WidgetKind } from '../kind.ts';
import { compare1DParams, compare1DQuantities, runCompare1D, type Compare1DExample } from './model.ts';
import { drawCompare1D } from './plot.ts';

export const compare1D: WidgetKind<Compare1DExample> = {
  params: compare1DParams,
  quantities: (example, params) => compare1DQuantities(runCompare1D(example, params)),
  plot: (example, document) => drawCompare1D(example, runCompare1D(example, example.defaults), document),
};
