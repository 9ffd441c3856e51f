import type { WidgetKind } from '../kind.ts';
import { minimize1DParams, minimize1DQuantities, runMinimize1D, type Minimize1DExample } from './model.ts';
import { drawMinimize1D } from './plot.ts';

export const minimize1D: WidgetKind<Minimize1DExample> = {
  params: minimize1DParams,
  quantities: (example, params) => minimize1DQuantities(runMinimize1D(example, params)),
  plot: (example, document) => drawMinimize1D(example, runMinimize1D(example, example.defaults), document),
};
