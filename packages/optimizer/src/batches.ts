/**
 * Mini-batches and mini-batch (stochastic) gradient descent over a {@link DatasetObjective}.
 *
 * Each epoch shuffles the rows afresh with the seeded generator and cuts the shuffled order into
 * consecutive batches, as `np.random.permutation(n)` followed by a split would: batch j holds the
 * rows at places bounds[j], …, bounds[j + 1] − 1 of the shuffled order, and its rows are summed in
 * that order. A single batch of all n rows is not shuffled: it is the rows in ascending order, so
 * it reproduces the full objective bit for bit.
 *
 * The shuffle is exactly uniform (every order equally likely, up to the generator's own
 * n/2³² bias in a bounded draw) and is defined step by step, so that other code can reproduce it.
 * A bounded draw below m is ⌊u · m / 2³²⌋ for the generator's next 32-bit integer u.
 * - Up to {@link TWO_LEVEL_SHUFFLE_ROWS} rows, Fisher–Yates on 0, 1, …, n − 1: for i = n − 1 down
 *   to 1, swap the rows at places i and j, j a bounded draw below i + 1 (n − 1 draws).
 * - Above that, in two levels (Rao and Sandelius, 1961), so that the work stays in cache on large
 *   data: (1) each row gets one of 256 buckets at random, row 4q + r taking byte r (lowest first)
 *   of the q-th draw; (2) the rows are laid out bucket by bucket, 0 to 255, keeping their order
 *   within a bucket; (3) each bucket in turn, 0 to 255, is shuffled by Fisher–Yates as above, with
 *   places counted from the bucket's start.
 *
 * @module
 */
import type { DatasetObjective, RowTable } from './data.ts';
import { seededRandom, shuffleRows, type Random } from './random.ts';
import { integer, shown } from './validate.ts';

/**
 * How an epoch is cut into batches: give exactly one of
 * - `batchSize` b (1 ≤ b ≤ n): ⌊n/b⌋ batches of b rows, then one smaller batch of the n mod b
 *   rows left over, if any;
 * - `batchCount` k (1 ≤ k ≤ n): k batches as equal as possible, the first n mod k of them with
 *   ⌈n/k⌉ rows and the rest with ⌊n/k⌋.
 */
export interface BatchSplit {
  batchSize?: number;
  batchCount?: number;
}

/** The most epochs {@link miniBatchDescent} accepts. */
export const MAX_EPOCHS = 1_000_000;

/**
 * Where the batches of an epoch start and end in the shuffled order: batch j holds positions
 * bounds[j], …, bounds[j + 1] − 1, so there are bounds.length − 1 batches (see {@link BatchSplit}).
 *
 * @example
 * batchBounds(10, { batchSize: 4 }); // [0, 4, 8, 10]: sizes 4, 4, 2
 * batchBounds(10, { batchCount: 4 }); // [0, 3, 6, 8, 10]: sizes 3, 3, 2, 2
 * @throws {RangeError} when `rows` is not an integer ≥ 1, or the split does not give exactly one
 * of `batchSize` and `batchCount` as an integer from 1 to `rows`.
 */
export function batchBounds(rows: number, split: BatchSplit): Int32Array {
  integer('rows', rows, 1, 0x7fffffff);
  if (split === null || typeof split !== 'object') {
    throw new RangeError(`the batch split must be an object with batchSize or batchCount; received ${shown(split)}.`);
  }
  const { batchSize, batchCount } = split;
  if ((batchSize === undefined) === (batchCount === undefined)) {
    throw new RangeError(
      `give exactly one of batchSize and batchCount; received batchSize ${shown(batchSize)} and batchCount ${shown(batchCount)}.`,
    );
  }
  if (batchSize !== undefined) {
    integer(`batchSize (for ${rows} rows)`, batchSize, 1, rows);
    const count = Math.ceil(rows / batchSize);
    const bounds = new Int32Array(count + 1);
    for (let j = 1; j < count; j++) bounds[j] = j * batchSize;
    bounds[count] = rows;
    return bounds;
  }
  const count = integer(`batchCount (for ${rows} rows)`, batchCount, 1, rows);
  const small = Math.floor(rows / count);
  const large = rows % count;
  const bounds = new Int32Array(count + 1);
  for (let j = 0; j < count; j++) bounds[j + 1] = (bounds[j] as number) + small + (j < large ? 1 : 0);
  return bounds;
}

/** Above this many rows, an epoch is shuffled in two levels (see the module description). */
export const TWO_LEVEL_SHUFFLE_ROWS = 65_536;

const BUCKETS = 256;

/**
 * Each epoch's order of the rows of a row-major table (`width` numbers a row), drawn as the module
 * description says into a second table, which is made on the first draw and used for every later one.
 */
class EpochOrder {
  readonly source: Float64Array;
  private readonly width: number;
  private readonly rows: number;
  private shuffled: Float64Array | null = null;
  private labels: Uint8Array | null = null;
  private readonly starts = new Int32Array(BUCKETS);

  constructor(source: Float64Array, width: number) {
    this.source = source;
    this.width = width;
    this.rows = source.length / width;
  }

  /** The next epoch's rows, in order; the same array every epoch. */
  next(rng: Random): Float64Array {
    const { rows, width, source, starts } = this;
    const shuffled = (this.shuffled ??= new Float64Array(source.length));
    if (rows <= TWO_LEVEL_SHUFFLE_ROWS) {
      shuffled.set(source);
      shuffleRows(shuffled, width, 0, rows, rng);
      return shuffled;
    }
    const labels = (this.labels ??= new Uint8Array(rows + 3));
    drawBuckets(labels, rows, rng);
    countBuckets(labels, rows, starts);
    if (width === 2) scatterPairs(source, shuffled, labels, starts, rows);
    else scatterRows(source, shuffled, width, labels, starts, rows);
    // starts[b] is now the end of bucket b.
    let from = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const to = starts[b] as number;
      shuffleRows(shuffled, width, from, to, rng);
      from = to;
    }
    return shuffled;
  }
}

/**
 * The EpochOrder of each row table, kept as long as its table so that later runs on the same data
 * do not allocate their shuffle buffers again (a fresh multi-megabyte buffer costs the first
 * epoch more than its shuffle, in page faults).
 */
const epochOrders = new WeakMap<Float64Array, EpochOrder>();

function epochOrderOf(table: RowTable): EpochOrder {
  let order = epochOrders.get(table.values);
  if (order === undefined) {
    order = new EpochOrder(table.values, table.width);
    epochOrders.set(table.values, order);
  }
  return order;
}

/** Bucket labels for `rows` rows: row 4q + r gets byte r, lowest first, of the q-th draw. */
function drawBuckets(labels: Uint8Array, rows: number, rng: Random) {
  for (let q = 0; q < rows; q += 4) {
    const u = rng.nextUint32() | 0;
    labels[q] = u & 255;
    labels[q + 1] = (u >> 8) & 255;
    labels[q + 2] = (u >> 16) & 255;
    labels[q + 3] = (u >> 24) & 255;
  }
}

/** Sets starts[b] to where bucket b begins when the rows are laid out bucket by bucket. */
function countBuckets(labels: Uint8Array, rows: number, starts: Int32Array) {
  starts.fill(0);
  for (let i = 0; i < rows; i++) {
    const label = labels[i] as number;
    starts[label] = (starts[label] as number) + 1;
  }
  let start = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const size = starts[b] as number;
    starts[b] = start;
    start += size;
  }
}

/** Moves row i of `source` to place starts[labels[i]]++ of `target`, rows of `width` numbers. */
function scatterRows(source: Float64Array, target: Float64Array, width: number, labels: Uint8Array, starts: Int32Array, rows: number) {
  for (let i = 0; i < rows; i++) {
    const label = labels[i] as number;
    const place = starts[label] as number;
    starts[label] = place + 1;
    for (let k = 0; k < width; k++) target[place * width + k] = source[i * width + k] as number;
  }
}

/** `scatterRows` for rows of two numbers. */
function scatterPairs(source: Float64Array, target: Float64Array, labels: Uint8Array, starts: Int32Array, rows: number) {
  for (let i = 0; i < rows; i++) {
    const label = labels[i] as number;
    const place = starts[label] as number;
    starts[label] = place + 1;
    target[2 * place] = source[2 * i] as number;
    target[2 * place + 1] = source[2 * i + 1] as number;
  }
}

/** The row numbers 0, 1, …, n − 1 as a table of width 1. */
function rowNumbers(rows: number): Float64Array {
  const table = new Float64Array(rows);
  for (let i = 0; i < rows; i++) table[i] = i;
  return table;
}

/**
 * One epoch's batches as arrays of row numbers: the rows 0, …, n − 1 shuffled with `rng` and cut
 * as `split` says (see the module description). Calling it once per epoch with the same generator
 * gives the batches, in the order their rows are summed, that {@link miniBatchDescent} uses with
 * that seed. With a single batch it uses no draws.
 *
 * @example
 * batchIndices(12, { batchCount: 3 }, seededRandom(1)); // three batches of 4 rows covering 0..11
 * @throws {RangeError} as {@link batchBounds}.
 */
export function batchIndices(rows: number, split: BatchSplit, rng: Random): number[][] {
  const bounds = batchBounds(rows, split);
  const numbers = rowNumbers(rows);
  const order = bounds.length === 2 ? numbers : new EpochOrder(numbers, 1).next(rng);
  const batches: number[][] = [];
  for (let j = 0; j + 1 < bounds.length; j++) {
    batches.push(Array.from(order.subarray(bounds[j] as number, bounds[j + 1] as number)));
  }
  return batches;
}

/**
 * The batches of a mini-batch run, one per update: each epoch's order is drawn when its first batch
 * is asked for, then each call evaluates the next batch. Used by `miniBatchDescent`; allocates
 * nothing after the first epoch.
 */
export class BatchStream {
  /** Batches (so updates) per epoch. */
  readonly perEpoch: number;
  private readonly objective: DatasetObjective;
  private readonly bounds: Int32Array;
  private readonly rng: Random;
  private readonly epochOrder: EpochOrder;
  /** The epoch's order as row numbers, for objectives without a row table; else null. */
  private readonly order: Int32Array | null;
  private rowsInOrder: Float64Array;
  private next = 0;
  private epoch = 0;

  /** @throws {RangeError} as {@link batchBounds}, for a bad seed, or for a malformed `rowTable()`. */
  constructor(objective: DatasetObjective, split: BatchSplit, seed: number) {
    this.objective = objective;
    this.bounds = batchBounds(objective.rows, split);
    this.perEpoch = this.bounds.length - 1;
    this.rng = seededRandom(seed);
    const table = rowTableOf(objective);
    this.epochOrder = table === null ? new EpochOrder(rowNumbers(objective.rows), 1) : epochOrderOf(table);
    this.order = table === null ? new Int32Array(objective.rows) : null;
    this.rowsInOrder = this.epochOrder.source;
  }

  /** Epochs begun so far. */
  get epochs(): number {
    return this.epoch;
  }

  /** Writes the loss (into loss[0]) and gradient at x of the next batch, starting a new epoch when one ends. */
  evaluate(x: Float64Array, gradient: Float64Array, loss: Float64Array): void {
    const j = this.next;
    if (j === 0) this.beginEpoch();
    this.next = j + 1 === this.perEpoch ? 0 : j + 1;
    const start = this.bounds[j] as number;
    const end = this.bounds[j + 1] as number;
    if (this.order === null) this.objective.batchRows!(x, gradient, this.rowsInOrder, start, end, loss);
    else this.objective.batch(x, gradient, this.order, start, end, loss);
  }

  private beginEpoch(): void {
    const { order, perEpoch } = this;
    // A single batch is every row in ascending order, never shuffled.
    if (perEpoch > 1) this.rowsInOrder = this.epochOrder.next(this.rng);
    if (order !== null && (perEpoch > 1 || this.epoch === 0)) {
      const rows = this.rowsInOrder;
      for (let i = 0; i < order.length; i++) order[i] = rows[i] as number;
    }
    this.epoch++;
  }
}

/** The objective's row table when it has the `rowTable` and `batchRows` pair, else null. */
function rowTableOf(objective: DatasetObjective): RowTable | null {
  if (typeof objective.rowTable !== 'function' || typeof objective.batchRows !== 'function') return null;
  const table = objective.rowTable();
  const { values, width } = table;
  if (!(values instanceof Float64Array) || !Number.isInteger(width) || width < 1 || values.length !== objective.rows * width) {
    throw new RangeError(
      `rowTable() must give a Float64Array of rows × width = ${objective.rows} × width numbers; received width ${shown(width)} and ${shown(values)}.`,
    );
  }
  return table;
}
