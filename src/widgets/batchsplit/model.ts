import { batchSizes } from '../caption.ts';
import { batchIndices, seededRandom } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { seedParam } from '../params.ts';

export interface BatchSplitParams extends Record<string, number | string> {
  /** Rows 0, …, n − 1 to shuffle. */
  n: number;
  /** Rows per batch; a size above n gives one batch of all rows. */
  batch: number;
  seed: number;
}

/** One epoch's shuffle of n row numbers, cut into batches. */
export interface BatchSplitExample extends ExampleBase {
  widget: 'batch-split';
  defaults: BatchSplitParams;
}

/** Enough rows to see the idea; each row number is drawn as a labelled cell. */
export const maxRows = 40;

export function batchSplitParams(): ParamSpec[] {
  return [
    { kind: 'number', name: 'n', label: 'Rows n', min: 1, max: maxRows, integer: true, step: 1 },
    { kind: 'number', name: 'batch', label: 'Batch size', min: 1, max: maxRows, integer: true, step: 1 },
    seedParam,
  ];
}

export interface BatchSplit {
  /** The rows in shuffled order. */
  order: number[];
  /** The shuffled order cut into consecutive batches. */
  batches: number[][];
  /** The batch size used: the one asked for, at most n. */
  batchSize: number;
}

/** The split that `miniBatchDescent` makes for its first epoch with this seed. */
export function runBatchSplit({ n, batch, seed }: BatchSplitParams): BatchSplit {
  const batchSize = Math.min(batch, n);
  const batches = batchIndices(n, { batchSize }, seededRandom(seed));
  return { order: batches.flat(), batches, batchSize };
}

export const listed = (rows: readonly number[]) => rows.join(', ');

export function batchSplitQuantities(split: BatchSplit): Quantities {
  const quantities: Quantities = { order: listed(split.order), batches: split.batches.length, 'batch-size': split.batchSize };
  split.batches.forEach((rows, j) => (quantities[`batch@${j + 1}`] = listed(rows)));
  return quantities;
}

/** The caption: the rows, the seed and the batches they make. */
export function describeBatchSplit(params: BatchSplitParams, split: BatchSplit): string {
  return `Rows 0 to ${params.n - 1}, shuffled with seed ${params.seed}, make ${batchSizes(split.batches.map((rows) => rows.length))}.`;
}
