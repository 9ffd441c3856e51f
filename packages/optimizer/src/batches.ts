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
import type { StartingPoint } from './descent.ts';
import { seededRandom, shuffleRows, type Random } from './random.ts';
import { rateAt, toSchedule, type LearningRate } from './schedules.ts';
import { beyondLimit, DIVERGENCE_LIMIT } from './stop.ts';
import { toArray, TrajectoryRecorder, trajectoryCap, type TrajectoryOptions } from './trajectory.ts';
import type { Result, StopRuleName, TrajectoryPoint } from './types.ts';
import { integer, MAX_STEPS_LIMIT, sameLength, shown, startingPoint } from './validate.ts';

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

/** Settings of {@link miniBatchDescent}. */
export interface MiniBatchOptions extends BatchSplit {
  /**
   * The rate η of each update x ← x − η ∇L_batch(x): a number > 0, or a schedule of the update
   * count (0 for the first update of the run).
   */
  learningRate: LearningRate;
  /** Passes over the data: an integer from 0 to {@link MAX_EPOCHS}. */
  epochs: number;
  /** Seed of the generator that shuffles each epoch (see `seededRandom`). */
  seed: number;
  /**
   * Record iterates: true keeps up to 10 000 points, `{ cap }` up to `cap` (thinned evenly, as in
   * `gradientDescent`). Each update is a point whose `f` and `gradient` are the full-data loss and
   * gradient at that iterate, which costs one full evaluation per update; `step` is η ∇L_batch, the
   * vector subtracted by the update.
   */
  trajectory?: boolean | TrajectoryOptions;
  /**
   * Record `batchLoss` (one number per update) and `epochLoss` (the full loss at the start and
   * after each epoch, one full evaluation per epoch). At most `MAX_STEPS_LIMIT` updates.
   */
  recordLoss?: boolean;
}

/** What {@link miniBatchDescent} returns: a {@link Result} and the run's shape. */
export interface MiniBatchResult extends Result {
  /** Epochs completed. */
  epochs: number;
  /** Batches (so updates) per epoch. */
  batchesPerEpoch: number;
  /** With `recordLoss`: entry u is the batch loss at x_u, on the batch that update u + 1 used. */
  batchLoss?: Float64Array;
  /** With `recordLoss`: the full loss at x_0 and after each completed epoch. */
  epochLoss?: Float64Array;
}

/**
 * Mini-batch gradient descent: for each epoch, for each batch B of the epoch (see
 * {@link batchIndices}), one update x_u = x_{u−1} − η ∇L_B(x_{u−1}), where L_B is the objective's
 * loss over the rows of B with the objective's own convention (a mean over B for `'mse'`).
 * Iterations count updates. The result's `f` and `gradient` are full-data values at `x`.
 *
 * With one batch of all n rows (batchSize n or batchCount 1), update u computes bit for bit what
 * step u of `gradientDescent` with the same constant learning rate computes. The same seed gives
 * the same run.
 *
 * Like `gradientDescent`, a run whose iterate, batch loss or batch gradient becomes non-finite or
 * exceeds `DIVERGENCE_LIMIT` in magnitude ends with reason `diverged`; `divergedAt` is the update
 * whose iterate blew up and the result is the iterate before it. No result contains NaN.
 *
 * Without `trajectory` and `recordLoss` the updates allocate nothing.
 *
 * @example
 * const fit = miniBatchDescent(linearRegression(bill, tip), [0, 0], {
 *   learningRate: 0.001, batchCount: 4, epochs: 10_000, seed: 42,
 * });
 * @throws {RangeError} for invalid settings (learning rate, split, epochs, seed, trajectory), an
 * `x0` that is empty, non-finite or of the wrong length, or a full loss at `x0` that is not finite.
 */
export function miniBatchDescent(
  objective: DatasetObjective,
  x0: StartingPoint,
  options: MiniBatchOptions,
): MiniBatchResult {
  if (typeof objective !== 'function' || typeof objective.batch !== 'function') {
    throw new RangeError(`objective must be a data-set objective with a batch method; received ${shown(objective)}.`);
  }
  if (options === null || typeof options !== 'object') {
    throw new RangeError(`options must be an object; received ${shown(options)}.`);
  }
  const rows = objective.rows;
  const bounds = batchBounds(rows, options);
  const batches = bounds.length - 1;
  const epochs = integer('epochs', options.epochs, 0, MAX_EPOCHS);
  const rng = seededRandom(options.seed);
  const schedule = toSchedule(options.learningRate);
  const cap = trajectoryCap(options.trajectory);
  const recorder = cap > 0 ? new TrajectoryRecorder(cap) : null;
  const recordLoss = options.recordLoss === true;
  if (recordLoss && epochs * batches > MAX_STEPS_LIMIT) {
    throw new RangeError(
      `recordLoss keeps one number per update, at most ${MAX_STEPS_LIMIT}; received epochs × batches = ${epochs * batches}.`,
    );
  }

  const x = startingPoint('x0', x0);
  const d = x.length;
  sameLength('x0', d, objective.dimension);
  const gradient = new Float64Array(d);
  const previous = new Float64Array(d);
  const fullGradient = new Float64Array(d);
  const step = new Float64Array(d);
  const table = rowTableOf(objective);
  const epochOrder = table === null ? new EpochOrder(rowNumbers(rows), 1) : epochOrderOf(table);
  // Objectives without a row table are given each epoch's order as row numbers.
  const order = table === null ? new Int32Array(rows) : null;
  let evaluations = 1;
  const f0 = objective(x, fullGradient);
  if (!(Math.abs(f0) <= DIVERGENCE_LIMIT) || beyondLimit(fullGradient) || beyondLimit(x)) {
    throw new RangeError(
      `x0 must be a point where the loss and its gradient are finite; received f = ${shown(f0)}, gradient = [${Array.from(fullGradient, shown).join(', ')}].`,
    );
  }
  const batchLoss = recordLoss ? new Float64Array(epochs * batches) : undefined;
  const epochLoss = recordLoss ? new Float64Array(epochs + 1) : undefined;
  if (epochLoss !== undefined) epochLoss[0] = f0;
  recorder?.add(point(0, x, f0, fullGradient, step));

  let u = 0;
  let epoch = 0;
  let divergedAt = -1;
  let what = '';
  // Point u joins the trajectory only once x_u has passed its checks (its next batch evaluation).
  let pending: TrajectoryPoint | null = null;
  const limit = shown(DIVERGENCE_LIMIT);
  run: for (; epoch < epochs; epoch++) {
    // A single batch is every row in ascending order, never shuffled.
    const shuffled = batches === 1 ? epochOrder.source : epochOrder.next(rng);
    if (order !== null && (batches > 1 || epoch === 0)) for (let i = 0; i < rows; i++) order[i] = shuffled[i] as number;
    for (let j = 0; j < batches; j++) {
      const rate = rateAt(schedule, u);
      const start = bounds[j] as number;
      const end = bounds[j + 1] as number;
      const loss =
        order === null ? objective.batchRows!(x, gradient, shuffled, start, end) : objective.batch(x, gradient, order, start, end);
      evaluations++;
      if (!(Math.abs(loss) <= DIVERGENCE_LIMIT) || beyondLimit(gradient)) {
        divergedAt = u;
        what = `the batch loss at x_${u} is ${shown(loss)}, or its gradient is not finite or beyond ±${limit}`;
        break run;
      }
      if (pending !== null) {
        recorder?.add(pending);
        pending = null;
      }
      if (batchLoss !== undefined) batchLoss[u] = loss;
      for (let i = 0; i < d; i++) {
        const xi = x[i] as number;
        previous[i] = xi;
        x[i] = xi - rate * (gradient[i] as number);
      }
      u++;
      if (beyondLimit(x)) {
        divergedAt = u;
        what = `a component of x_${u} is not finite or beyond ±${limit}`;
        break run;
      }
      if (recorder !== null) {
        for (let i = 0; i < d; i++) step[i] = rate * (gradient[i] as number);
        const f = objective(x, fullGradient);
        evaluations++;
        if (!(Math.abs(f) <= DIVERGENCE_LIMIT)) {
          divergedAt = u;
          what = `the loss at x_${u} is ${shown(f)}`;
          break run;
        }
        pending = point(u, x, f, fullGradient, step);
      }
    }
    if (epochLoss !== undefined) {
      const f = objective(x, fullGradient);
      evaluations++;
      if (!(Math.abs(f) <= DIVERGENCE_LIMIT)) {
        divergedAt = u;
        what = `the loss at x_${u} is ${shown(f)}`;
        break;
      }
      epochLoss[epoch + 1] = f;
    }
  }
  if (pending !== null && divergedAt < 0) recorder?.add(pending);

  let rule: StopRuleName = 'maxSteps';
  let iterations = u;
  let message = `Ran ${epochs} epochs of ${batches} batches: ${u} updates.`;
  if (divergedAt >= 0) {
    rule = 'diverged';
    if (divergedAt > 0) {
      x.set(previous);
      iterations = divergedAt - 1;
    }
    message = `Diverged at update ${divergedAt} (epoch ${epoch + 1}): ${what}. The result is the last finite iterate, x_${iterations}.`;
  }
  const f = objective(x, fullGradient);
  evaluations++;
  const result: MiniBatchResult = {
    x: Float64Array.from(x),
    f,
    gradient: Float64Array.from(fullGradient),
    iterations,
    evaluations,
    reason: rule === 'diverged' ? 'diverged' : 'max-steps',
    rule,
    message,
    epochs: epoch,
    batchesPerEpoch: batches,
  };
  if (divergedAt >= 0) result.divergedAt = divergedAt;
  if (recorder !== null) result.trajectory = recorder.points();
  if (batchLoss !== undefined && epochLoss !== undefined) {
    result.batchLoss = batchLoss.slice(0, divergedAt >= 0 ? divergedAt : u);
    result.epochLoss = epochLoss.slice(0, epoch + 1);
  }
  return result;
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

function point(k: number, x: Float64Array, f: number, gradient: Float64Array, step: Float64Array): TrajectoryPoint {
  return { k, x: toArray(x), f, gradient: toArray(gradient), step: toArray(step) };
}
