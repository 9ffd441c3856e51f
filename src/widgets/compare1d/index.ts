import { buildOnly, type WidgetKind } from '../kind.ts';
import Compare1D from './Compare1D.tsx';
import { compare1DParams, compare1DQuantities, runCompare1D, type Compare1DExample, type Run, describeCompare1D } from './model.ts';

export const compare1D: WidgetKind<Compare1DExample, Run[]> = {
  name: 'compare-1d',
  params: compare1DParams,
  run: runCompare1D,
  quantities: import.meta.env.SSR ? (_, result) => compare1DQuantities(result) : buildOnly,
  describe: (_, params, runs) => describeCompare1D(runs),
  plot: () => import('./plot.ts').then((m) => m.drawCompare1D),
  island: Compare1D,
};
