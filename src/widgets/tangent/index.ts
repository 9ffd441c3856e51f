import { buildOnly, type WidgetKind } from '../kind.ts';
import Tangent from './Tangent.tsx';
import { runTangent, tangentParams, tangentQuantities, type TangentExample, type TangentResult, describeTangent } from './model.ts';

export const tangent: WidgetKind<TangentExample, TangentResult> = {
  name: 'tangent',
  params: tangentParams,
  run: runTangent,
  quantities: import.meta.env.SSR ? (_, result) => tangentQuantities(result) : buildOnly,
  describe: (_, __, result) => describeTangent(result),
  plot: () => import('./plot.ts').then((m) => m.drawTangent),
  island: Tangent,
};
