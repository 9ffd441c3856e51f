import type { Result } from '@descent/optimizer';
import { buildOnly, type WidgetKind } from '../kind.ts';
import { descentLink } from '../playgroundLink.ts';
import Minimize1D from './Minimize1D.tsx';
import { bfgsSteps, minimize1DParams, minimize1DQuantities, runMinimize1D, type Minimize1DExample, describeMinimize1D } from './model.ts';

export const minimize1D: WidgetKind<Minimize1DExample, Result> = {
  name: 'minimize-1d',
  params: minimize1DParams,
  run: runMinimize1D,
  quantities: import.meta.env.SSR ? (_, result) => minimize1DQuantities(result) : buildOnly,
  describe: (_, params, result) => describeMinimize1D(params, result),
  playground: ({ problem }, { x0, tol }) =>
    descentLink(problem.formula, { method: 'bfgs', start: [x0], steps: bfgsSteps, stop: 'gradient', tol }, { x: problem.domain }),
  plot: () => import('./plot.ts').then((m) => m.drawMinimize1D),
  island: Minimize1D,
};
