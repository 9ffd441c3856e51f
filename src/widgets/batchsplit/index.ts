import { buildOnly, type WidgetKind } from '../kind.ts';
import BatchSplit from './BatchSplit.tsx';
import { batchSplitParams, batchSplitQuantities, runBatchSplit, type BatchSplit as BatchSplitResult, type BatchSplitExample, describeBatchSplit } from './model.ts';

export const batchSplit: WidgetKind<BatchSplitExample, BatchSplitResult> = {
  name: 'batch-split',
  params: batchSplitParams,
  run: (_, params) => runBatchSplit(params),
  quantities: import.meta.env.SSR ? (_, result) => batchSplitQuantities(result) : buildOnly,
  describe: (_, params, split) => describeBatchSplit(params, split),
  plot: () => import('./plot.ts').then((m) => m.drawBatchSplit),
  island: BatchSplit,
};
