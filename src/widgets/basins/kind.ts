import type { WidgetKind } from '../kind.ts';
import { basinsParams, basinsQuantities, runBasins, type BasinsExample } from './model.ts';
import { drawBasins } from './plot.ts';

export const basins: WidgetKind<BasinsExample> = {
  params: basinsParams,
  quantities: (example, params) => basinsQuantities(runBasins(example, params)),
  plot: (example, document) => drawBasins(example, runBasins(example, example.defaults), document),
};
