import { buildOnly, type WidgetKind } from '../kind.ts';
import Decomposition from './Decomposition.tsx';
import { decompositionParams, decompositionQuantities, runDecomposition, type DecompositionExample, type DecompositionResult, describeDecomposition } from './model.ts';

export const decomposition: WidgetKind<DecompositionExample, DecompositionResult> = {
  name: 'error-decomposition',
  params: decompositionParams,
  run: runDecomposition,
  quantities: import.meta.env.SSR ? (_, result) => decompositionQuantities(result) : buildOnly,
  describe: describeDecomposition,
  plot: () => import('./plot.ts').then((m) => m.drawDecomposition),
  island: Decomposition,
};
