import { buildOnly, type WidgetKind } from '../kind.ts';
import { descentLink } from '../playgroundLink.ts';
import Descent2D from './Descent2D.tsx';
import { descent2DParams, formula2D, descent2DQuantities, runDescent2D, type Descent2DExample, type Run2D, describeDescent2D } from './model.ts';

export const descent2D: WidgetKind<Descent2DExample, Run2D> = {
  name: 'descent-2d',
  params: descent2DParams,
  run: runDescent2D,
  quantities: import.meta.env.SSR ? descent2DQuantities : buildOnly,
  describe: describeDescent2D,
  playground: ({ problem }, { x0, ...run }) => descentLink(formula2D(problem), { ...run, start: x0 }, problem.view, problem.labels),
  plot: () => import('./plot.ts').then((m) => m.drawDescent2D),
  island: Descent2D,
};
