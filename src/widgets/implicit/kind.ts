import type { WidgetKind } from '../kind.ts';
import { implicitParams, implicitQuantities, runImplicit, type ImplicitExample } from './model.ts';
import { drawImplicit } from './plot.ts';

export const implicit: WidgetKind<ImplicitExample> = {
  params: implicitParams,
  quantities: (example, params) => implicitQuantities(runImplicit(example, params)),
  plot: (example, document) => drawImplicit(example, runImplicit(example, example.defaults), document),
};
