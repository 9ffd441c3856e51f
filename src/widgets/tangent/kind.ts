import type { WidgetKind } from '../kind.ts';
import { runTangent, tangentParams, tangentQuantities, type TangentExample } from './model.ts';
import { drawTangent } from './plot.ts';

export const tangent: WidgetKind<TangentExample> = {
  params: tangentParams,
  quantities: (example, params) => tangentQuantities(runTangent(example, params)),
  plot: (example, document) => drawTangent(example, runTangent(example, example.defaults), document),
};
