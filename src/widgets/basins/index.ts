import { buildOnly, type WidgetKind } from '../kind.ts';
import Basins from './Basins.tsx';
import { basinsParams, basinsQuantities, runBasins, type Basins as BasinsResult, type BasinsExample, describeBasins } from './model.ts';

export const basins: WidgetKind<BasinsExample, BasinsResult> = {
  name: 'basins',
  params: basinsParams,
  run: runBasins,
  quantities: import.meta.env.SSR ? (_, result) => basinsQuantities(result) : buildOnly,
  describe: (_, params, result) => describeBasins(params, result),
  plot: () => import('./plot.ts').then((m) => m.drawBasins),
  island: Basins,
};
