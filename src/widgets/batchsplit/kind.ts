import type { WidgetKind } from '../kind.ts';
import { batchSplitParams, batchSplitQuantities, runBatchSplit, type BatchSplitExample } from './model.ts';
import { drawBatchSplit } from './plot.ts';

export const batchSplit: WidgetKind<BatchSplitExample> = {
  params: batchSplitParams,
  quantities: (_, params) => batchSplitQuantities(runBatchSplit(params)),
  plot: (example, document) => drawBatchSplit(example, runBatchSplit(example.defaults), document),
};
