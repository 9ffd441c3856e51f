import { buildOnly, type WidgetKind } from '../kind.ts';
import { descentLink } from '../playgroundLink.ts';
import Compare1D from './Compare1D.tsx';
import { compare1DParams, compare1DQuantities, runCompare1D, type Compare1DExample, type Run, describeCompare1D } from './model.ts';

export const compare1D: WidgetKind<Compare1DExample, Run[]> = {
  name: 'compare-1d',
  params: compare1DParams,
  run: runCompare1D,
  quantities: import.meta.env.SSR ? (_, result) => compare1DQuantities(result) : buildOnly,
  describe: (_, params, runs) => describeCompare1D(runs),
  // The playground runs one start at one rate: the first of each, the comparison's first run.
  playground: ({ problem }, { x0, lr, steps, tol }) =>
    descentLink(problem.formula, { start: [x0[0]!], lr: lr[0]!, steps, stop: 'gradient', tol }, { x: problem.domain }),
  plot: () => import('./plot.ts').then((m) => m.drawCompare1D),
  island: Compare1D,
};
