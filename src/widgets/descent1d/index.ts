import type { Result } from '@descent/optimizer';
import { buildOnly, type WidgetKind } from '../kind.ts';
import Descent1D from './Descent1D.tsx';
import { descent1DParams, descent1DQuantities, runDescent1D, type Descent1DExample, describeDescent1D } from './model.ts';

export const descent1D: WidgetKind<Descent1DExample, Result> = {
  name: 'descent-1d',
  params: descent1DParams,
  run: runDescent1D,
  quantities: import.meta.env.SSR ? descent1DQuantities : buildOnly,
  describe: describeDescent1D,
  plot: () => import('./plot.ts').then((m) => m.drawDescent1D),
  island: Descent1D,
};
