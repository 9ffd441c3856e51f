import { buildOnly, type WidgetKind } from '../kind.ts';
import Implicit from './Implicit.tsx';
import { implicitParams, implicitQuantities, runImplicit, type ImplicitExample, type ImplicitResult, describeImplicit } from './model.ts';

export const implicit: WidgetKind<ImplicitExample, ImplicitResult> = {
  name: 'implicit-regularisation',
  params: implicitParams,
  run: runImplicit,
  quantities: import.meta.env.SSR ? (_, result) => implicitQuantities(result) : buildOnly,
  describe: (_, params, result) => describeImplicit(params, result),
  plot: () => import('./plot.ts').then((m) => m.drawImplicit),
  island: Implicit,
};
