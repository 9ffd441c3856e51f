import type { WidgetKind } from '../kind.ts';
import { runSlices, slicesParams, slicesQuantities, type SlicesExample } from './model.ts';
import { drawSlices } from './plot.ts';

export const slices: WidgetKind<SlicesExample> = {
  params: slicesParams,
  quantities: (example, params) => slicesQuantities(runSlices(example, params)),
  plot: (example, document) => drawSlices(example, runSlices(example, example.defaults), document),
};
