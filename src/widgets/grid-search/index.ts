import type { WidgetKind } from '../kind.ts';
import GridSearch from './GridSearch.tsx';
import { gridSearchParams, gridSearchQuantities, runGridSearch, type GridSearchExample, type GridSearchResult } from './model.ts';

export const gridSearch: WidgetKind<GridSearchExample, GridSearchResult> = {
  name: 'grid-search',
  params: gridSearchParams,
  run: runGridSearch,
  quantities: (_, result) => gridSearchQuantities(result),
  plot: () => import('./plot.ts').then((m) => m.drawGridSearch),
  island: GridSearch,
};
