import { buildOnly, type WidgetKind } from '../kind.ts';
import MiniBatch from './MiniBatch.tsx';
import { miniBatchParams, miniBatchQuantities, runMiniBatch, type MiniBatchExample, type MiniBatchRun, describeMiniBatch } from './model.ts';

export const miniBatch: WidgetKind<MiniBatchExample, MiniBatchRun> = {
  name: 'minibatch',
  params: miniBatchParams,
  run: runMiniBatch,
  quantities: import.meta.env.SSR ? (_, result) => miniBatchQuantities(result) : buildOnly,
  describe: describeMiniBatch,
  plot: () => import('./plot.ts').then((m) => m.drawMiniBatch),
  island: MiniBatch,
};
