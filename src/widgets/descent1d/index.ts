import type { Result } from '@descent/optimizer';
import { buildOnly, type WidgetKind } from '../kind.ts';
import { descentLink } from '../playgroundLink.ts';
import Descent1D from './Descent1D.tsx';
import { descent1DParams, descent1DQuantities, runDescent1D, symbolsOf, type Descent1DExample, describeDescent1D } from './model.ts';

export const descent1D: WidgetKind<Descent1DExample, Result> = {
  name: 'descent-1d',
  params: descent1DParams,
  run: runDescent1D,
  quantities: import.meta.env.SSR ? descent1DQuantities : buildOnly,
  describe: describeDescent1D,
  playground: ({ problem }, { x0, ...run }) => descentLink(problem.formula, { ...run, start: [x0] }, { x: problem.domain }, [symbolsOf(problem).x]),
  plot: () => import('./plot.ts').then((m) => m.drawDescent1D),
  island: Descent1D,
};
