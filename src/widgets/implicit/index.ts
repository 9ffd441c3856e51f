import type { WidgetKind } from '../kind.ts';
import Implicit from './Implicit.tsx';
import { implicitParams, implicitQuantities, runImplicit, type ImplicitExample, type ImplicitResult } from './model.ts';

export const implicit: WidgetKind<ImplicitExample, ImplicitResult> = {
  name: 'implicit-regularisation',
  params: implicitParams,
  run: runImplicit,
  quantities: (_, result) => implicitQuantities(result),
  plot: () => import('./plot.ts').then((m) => m.drawImplicit),
  island: Implicit,
};
