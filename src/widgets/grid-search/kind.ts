import type { WidgetKind } from '../kind.ts';
import { gridSearchParams, gridSearchQuantities, runGridSearch, type GridSearchExample } from './model.ts';
import { drawGridSearch } from './plot.ts';

export const gridSearch: WidgetKind<GridSearchExample> = {
  params: gridSearchParams,
  quantities: (example, params) => gridSearchQuantities(runGridSearch(example, params)),
  plot: (example, document) => drawGridSearch(example, runGridSearch(example, example.defaults), document),
};
