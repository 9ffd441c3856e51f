import { buildOnly, type WidgetKind } from '../kind.ts';
import GridSearch from './GridSearch.tsx';
import { gridSearchParams, gridSearchQuantities, runGridSearch, type GridSearchExample, type GridSearchResult, describeGridSearch, checkGrid } from './model.ts';

export const gridSearch: WidgetKind<GridSearchExample, GridSearchResult> = {
  name: 'grid-search',
  params: gridSearchParams,
  check: (_, params) => checkGrid(params),
  run: runGridSearch,
  quantities: import.meta.env.SSR ? (_, result) => gridSearchQuantities(result) : buildOnly,
  describe: (_, params, result) => describeGridSearch(params, result),
  plot: () => import('./plot.ts').then((m) => m.drawGridSearch),
  island: GridSearch,
};
