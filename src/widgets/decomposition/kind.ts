import type { WidgetKind } from '../kind.ts';
import { decompositionParams, decompositionQuantities, runDecomposition, type DecompositionExample } from './model.ts';
import { drawDecomposition } from './plot.ts';

export const decomposition: WidgetKind<DecompositionExample> = {
  params: decompositionParams,
  quantities: (example, params) => decompositionQuantities(runDecomposition(example, params)),
  plot: (example, document) => drawDecomposition(example, runDecomposition(example, example.defaults), document),
};
