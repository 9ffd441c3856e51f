import type { WidgetKind } from '../kind.ts';
import { miniBatchParams, miniBatchQuantities, runMiniBatch, type MiniBatchExample } from './model.ts';
import { drawMiniBatch } from './plot.ts';

export const miniBatch: WidgetKind<MiniBatchExample> = {
  params: miniBatchParams,
  quantities: (example, params) => miniBatchQuantities(runMiniBatch(example, params)),
  plot: (example, document) => drawMiniBatch(example, runMiniBatch(example, example.defaults), document),
};
