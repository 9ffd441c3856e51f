import { batchBounds, batchIndices, permutation, seededRandom } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../examples/types.ts';
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
  /** The same batches with their rows in ascending order, as the mini-batch runner sums them. */
  sorted: number[][];
  /** The batch size used: the one asked for, at most n. */
  batchSize: number;
}

/** The split that `miniBatchDescent` makes for its first epoch with this seed. */
export function runBatchSplit({ n, batch, seed }: BatchSplitParams): BatchSplit {
  const batchSize = Math.min(batch, n);
  // As the runner does it: Fisher–Yates on 0, …, n − 1 gives each row r its place σ(r) in the shuffled order.
  const place = permutation(n, seededRandom(seed));
  const order = new Array<number>(n);
  place.forEach((p, row) => (order[p] = row));
  const bounds = batchBounds(n, { batchSize });
  const batches = Array.from({ length: bounds.length - 1 }, (_, j) => order.slice(bounds[j], bounds[j + 1]));
  const sorted = batchIndices(n, { batchSize }, seededRandom(seed));
  return { order, batches, sorted, batchSize };
}

export const listed = (rows: readonly number[]) => rows.join(', ');

export function batchSplitQuantities(split: BatchSplit): Quantities {
  const quantities: Quantities = { order: listed(split.order), batches: split.batches.length, 'batch-size': split.batchSize };
  split.batches.forEach((rows, j) => (quantities[`batch@${j + 1}`] = listed(rows)));
  return quantities;
}
