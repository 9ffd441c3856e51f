/**
 * Objectives over a data set: linear least squares and logistic regression.
 *
 * Features are columns: one `Float64Array` per feature, each with one entry per row (data
 * point), or a single `Float64Array` for one feature. The arrays are used in place, not
 * copied, so do not change them after building an objective (a one-feature objective can also
 * make an interleaved copy, its `rowTable`, which mini-batch descent uses). Parameters come intercept first:
 * θ = [θ₀, θ₁, …, θₚ] with an intercept, [θ₁, …, θₚ] without.
 *
 * Each objective is an `Objective` over all rows and also has `batch`, which evaluates the
 * same loss over the rows listed in `indices[start..end)` and writes it into an array. Neither
 * allocates.
 *
 * @module
 */
import type { Objective } from './types.ts';
import { finiteArray, toColumns, type Features } from './columns.ts';
import { integer, shown } from './validate.ts';

/**
 * How squared residuals rᵢ = ŷᵢ − yᵢ over m rows add up to a loss:
 * - `'ssr'`: sum of squared residuals, L = Σ rᵢ²
 * - `'mse'`: mean squared error, L = (1/m) Σ rᵢ²
 * - `'mse/2'`: half the mean squared error, L = (1/2m) Σ rᵢ²
 */
export type SquaredLoss = 'ssr' | 'mse' | 'mse/2';

/** The loss names a data-set objective can report. */
export type DatasetLoss = SquaredLoss | 'cross-entropy';

export type { Features } from './columns.ts';

/**
 * An objective over a data set of `rows` points. Called as an `Objective`, it evaluates the
 * loss over every row; `batch` evaluates it over a subset of rows.
 */
export interface DatasetObjective extends Objective {
  /** The number of data points n. */
  readonly rows: number;
  /** The number of parameters: features plus one for the intercept. */
  readonly dimension: number;
  /** Whether θ₀ is an intercept. */
  readonly intercept: boolean;
  /** How the per-row losses are combined. */
  readonly loss: DatasetLoss;
  /**
   * Writes into loss[0] the loss over the m = end − start rows `indices[start]`, …,
   * `indices[end − 1]`, with the same convention as the full objective (a mean over the m rows for
   * `'mse'`), and its gradient into `gradient`. The loss is written rather than returned so that a
   * runner calling this a million times an epoch allocates nothing (V8 boxes a number returned
   * from a call it does not inline). Rows are summed in the order listed; listing all rows 0, …, n − 1
   * in ascending order gives bit-for-bit the value and gradient of the full objective.
   *
   * @throws {RangeError} when the array lengths are wrong (`loss` must have length ≥ 1), the
   * range is empty or out of bounds, or a row number in it is not one of 0, …, rows − 1.
   */
  batch(x: Float64Array, gradient: Float64Array, indices: Int32Array, start: number, end: number, loss: Float64Array): void;
  /**
   * Optional, for speed: the data as one row-major table of `width` numbers per row, rows in their
   * original order. Made on the first call and kept; do not change it. `miniBatchDescent` shuffles
   * copies of it and evaluates batches with {@link DatasetObjective.batchRows}, so that a batch
   * reads consecutive memory.
   */
  rowTable?(): RowTable;
  /**
   * Optional, with `rowTable`: writes into loss[0] the loss over rows start, …, end − 1 of
   * `values`, a table laid out as `rowTable()`'s (its rows may be in any order), and its gradient
   * into `gradient`.
   * Bit for bit what `batch` gives for the same rows listed in the same order.
   *
   * @throws {RangeError} when the array lengths are wrong or the range is empty or out of bounds.
   */
  batchRows?(x: Float64Array, gradient: Float64Array, values: Float64Array, start: number, end: number, loss: Float64Array): void;
}

/** A data set as one row-major table: row i is values[i·width], …, values[i·width + width − 1]. */
export interface RowTable {
  readonly values: Float64Array;
  readonly width: number;
}

/** Options of {@link linearRegression}. */
export interface LinearRegressionOptions {
  /** Fit an intercept θ₀ (default `true`). */
  intercept?: boolean;
  /** Loss convention (default `'mse'`). */
  loss?: SquaredLoss;
}

/** Options of {@link logisticRegression}. */
export interface LogisticRegressionOptions {
  /** Fit an intercept θ₀ (default `true`). */
  intercept?: boolean;
}

/** The largest degree {@link polynomialFeatures} accepts. */
export const MAX_POLYNOMIAL_DEGREE = 1000;

/**
 * The squared-error objective of the linear model ŷᵢ = θ₀ + θ₁ xᵢ₁ + … + θₚ xᵢₚ (without θ₀
 * when `intercept` is false), with rᵢ = ŷᵢ − yᵢ and, for `'mse'`,
 * L(θ) = (1/n) Σ rᵢ², ∂L/∂θ₀ = (2/n) Σ rᵢ, ∂L/∂θⱼ = (2/n) Σ rᵢ xᵢⱼ
 * (`'ssr'` drops the 1/n, `'mse/2'` halves L and its gradient).
 *
 * With one feature the loop is unrolled into two independent accumulator chains, which keeps a
 * full evaluation close to the speed of merely reading the two arrays.
 *
 * @param features one `Float64Array` or an array of feature columns, each of length n.
 * @param y the targets, length n.
 * @throws {RangeError} on empty data, mismatched lengths, non-finite values or an unknown loss.
 * @example
 * const mse = linearRegression(bill, tip); // θ = [intercept, slope]
 * const g = new Float64Array(2);
 * mse(new Float64Array([0, 0]), g); // g = [−2 mean(tip), −2 mean(bill · tip)]
 */
export function linearRegression(
  features: Features,
  y: Float64Array,
  options: LinearRegressionOptions = {},
): DatasetObjective {
  const columns = toColumns(features, y);
  const intercept = checkIntercept(options.intercept);
  const loss = options.loss === undefined ? 'mse' : options.loss;
  if (loss !== 'ssr' && loss !== 'mse' && loss !== 'mse/2') {
    throw new RangeError(`loss must be 'ssr', 'mse' or 'mse/2'; received ${shown(loss)}.`);
  }
  const dimension = columns.length + (intercept ? 1 : 0);
  if (columns.length === 1) return simpleLinear(columns[0] as Float64Array, y, intercept, loss, dimension);

  const value = new Float64Array(1);
  const full = (theta: Float64Array, gradient: Float64Array): number => {
    checkVectors(theta, gradient, dimension);
    linearSums(columns, y, theta, intercept, null, 0, y.length, gradient, value);
    finishSquared(loss, y.length, gradient, value);
    return value[0] as number;
  };
  const batch = (theta: Float64Array, gradient: Float64Array, indices: Int32Array, start: number, end: number, out: Float64Array) => {
    checkVectors(theta, gradient, dimension);
    checkLossBuffer(out);
    checkRange(indices, start, end, y.length);
    linearSums(columns, y, theta, intercept, indices, start, end, gradient, out);
    finishSquared(loss, end - start, gradient, out);
  };
  return datasetObjective(full, batch, y.length, dimension, intercept, loss);
}

/**
 * The mean cross-entropy (logistic) loss of the model p̂ᵢ = σ(zᵢ), zᵢ = θ₀ + Σⱼ θⱼ xᵢⱼ,
 * σ(z) = 1/(1 + e⁻ᶻ), for labels yᵢ ∈ {0, 1}:
 * L(θ) = (1/n) Σ [softplus(zᵢ) − yᵢ zᵢ] = −(1/n) Σ [yᵢ ln p̂ᵢ + (1 − yᵢ) ln(1 − p̂ᵢ)],
 * ∂L/∂θⱼ = (1/n) Σ (σ(zᵢ) − yᵢ) xᵢⱼ (with xᵢ₀ = 1 for the intercept).
 * softplus(z) = max(z, 0) + log1p(e^−|z|) and σ are evaluated without overflow for any finite z.
 *
 * @param labels 0 or 1 for each row.
 * @throws {RangeError} on empty data, mismatched lengths, non-finite features or labels other than 0 and 1.
 */
export function logisticRegression(
  features: Features,
  labels: Float64Array,
  options: LogisticRegressionOptions = {},
): DatasetObjective {
  const columns = toColumns(features, labels, 'labels');
  const intercept = checkIntercept(options.intercept);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label !== 0 && label !== 1) {
      throw new RangeError(`labels must be 0 or 1; labels[${i}] is ${shown(label)}.`);
    }
  }
  const dimension = columns.length + (intercept ? 1 : 0);
  const value = new Float64Array(1);
  const full = (theta: Float64Array, gradient: Float64Array): number => {
    checkVectors(theta, gradient, dimension);
    logisticSums(columns, labels, theta, intercept, null, 0, labels.length, gradient, value);
    return value[0] as number;
  };
  const batch = (theta: Float64Array, gradient: Float64Array, indices: Int32Array, start: number, end: number, out: Float64Array) => {
    checkVectors(theta, gradient, dimension);
    checkLossBuffer(out);
    checkRange(indices, start, end, labels.length);
    logisticSums(columns, labels, theta, intercept, indices, start, end, gradient, out);
  };
  return datasetObjective(full, batch, labels.length, dimension, intercept, 'cross-entropy');
}

/**
 * The columns x, x², …, x^degree (no constant column: pass `intercept: true` to the model for
 * that). Powers are built by repeated multiplication, x^k = x^(k−1) · x.
 *
 * @throws {RangeError} when `x` is empty or not finite, or `degree` is not an integer in
 * [1, {@link MAX_POLYNOMIAL_DEGREE}].
 */
export function polynomialFeatures(x: Float64Array, degree: number): Float64Array[] {
  finiteArray('x', x);
  integer('degree', degree, 1, MAX_POLYNOMIAL_DEGREE);
  const columns: Float64Array[] = [Float64Array.from(x)];
  for (let k = 2; k <= degree; k++) {
    const previous = columns[k - 2] as Float64Array;
    const power = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) power[i] = (previous[i] as number) * (x[i] as number);
    columns.push(power);
  }
  return columns;
}

// ---------------------------------------------------------------------------------------------
// One feature: the hot loop.

/** Rows per call of the pair kernels; even, so that pairs never straddle two calls. */
const BLOCK = 4096;

/**
 * The model ŷ = a + b x over all rows, or over some rows. The sums run in two interleaved
 * chains (even and odd positions) so that consecutive additions do not wait for each other; the
 * chain state lives in `sums` between calls: [Σr even, Σr odd, Σrx even, Σrx odd, Σr² even, Σr² odd],
 * followed by a and b, then x and y of an odd row left over, all in the array because a double
 * passed to a call that is not inlined is boxed (an allocation per call).
 * The kernels are separate small functions, called once per block, so that V8 optimises them as
 * ordinary hot functions rather than through on-stack replacement of one long loop.
 *
 * The full objective and `batch` read the caller's arrays, `batch` through its list of rows.
 * `rowTable` is a copy of the data with x and y interleaved ([x₀, y₀, x₁, y₁, …]), made on first
 * use, and `batchRows` sums consecutive rows of a table laid out like it, so that a shuffled copy
 * reads memory in order. All of them see the same numbers in the same order, so results are identical.
 */
function simpleLinear(
  x: Float64Array,
  y: Float64Array,
  intercept: boolean,
  loss: SquaredLoss,
  dimension: number,
): DatasetObjective {
  const sums = new Float64Array(10);
  const value = new Float64Array(1);
  const n = y.length;
  let table: RowTable | null = null;
  /** Zeroes the chains and sets a and b from θ. */
  const begin = (theta: Float64Array) => {
    for (let k = 0; k < 6; k++) sums[k] = 0;
    sums[6] = intercept ? (theta[0] as number) : 0;
    sums[7] = theta[dimension - 1] as number;
  };
  /** Adds the odd row left over, if any (its x and y in sums[8], sums[9]), and writes the result. */
  const finish = (gradient: Float64Array, m: number, odd: boolean, out: Float64Array): void => {
    let r = sums[0] as number;
    let rx = sums[2] as number;
    let rr = sums[4] as number;
    if (odd) {
      const xi = sums[8] as number;
      const e = (sums[6] as number) + (sums[7] as number) * xi - (sums[9] as number);
      r += e;
      rx += e * xi;
      rr += e * e;
    }
    r += sums[1] as number;
    rx += sums[3] as number;
    rr += sums[5] as number;
    if (intercept) {
      gradient[0] = r;
      gradient[1] = rx;
    } else {
      gradient[0] = rx;
    }
    out[0] = rr;
    finishSquared(loss, m, gradient, out);
  };
  /** Sums rows from, …, to − 1 of an interleaved table, keeping an odd last row for `finish`. */
  const sumRows = (values: Float64Array, from: number, to: number): boolean => {
    const even = to - ((to - from) & 1);
    for (let first = from; first < even; first += BLOCK) pairSumsRows(values, first, Math.min(first + BLOCK, even), sums);
    if (even === to) return false;
    sums[8] = values[2 * even] as number;
    sums[9] = values[2 * even + 1] as number;
    return true;
  };
  const rowTable = (): RowTable => (table ??= { values: interleave(x, y), width: 2 });
  const full = (theta: Float64Array, gradient: Float64Array): number => {
    checkVectors(theta, gradient, dimension);
    begin(theta);
    const even = n - (n & 1);
    for (let from = 0; from < even; from += BLOCK) pairSums(x, y, from, Math.min(from + BLOCK, even), sums);
    if (even < n) {
      sums[8] = x[even] as number;
      sums[9] = y[even] as number;
    }
    finish(gradient, n, even < n, value);
    return value[0] as number;
  };
  const batch = (theta: Float64Array, gradient: Float64Array, indices: Int32Array, start: number, end: number, out: Float64Array) => {
    checkVectors(theta, gradient, dimension);
    checkLossBuffer(out);
    checkRange(indices, start, end, n);
    begin(theta);
    const even = end - ((end - start) & 1);
    for (let from = start; from < even; from += BLOCK) pairSumsListed(x, y, indices, from, Math.min(from + BLOCK, even), sums);
    if (even < end) {
      const i = indices[even] as number;
      sums[8] = x[i] as number;
      sums[9] = y[i] as number;
    }
    finish(gradient, end - start, even < end, out);
  };
  const batchRows = (theta: Float64Array, gradient: Float64Array, values: Float64Array, start: number, end: number, out: Float64Array) => {
    checkVectors(theta, gradient, dimension);
    checkLossBuffer(out);
    if (values.length !== 2 * n) {
      throw new RangeError(`values must hold ${n} rows of 2 (length ${2 * n}); received length ${values.length}.`);
    }
    checkSpan(start, end, n);
    begin(theta);
    finish(gradient, end - start, sumRows(values, start, end), out);
  };
  return Object.assign(datasetObjective(full, batch, n, dimension, intercept, loss), { rowTable, batchRows });
}

/** Adds rows from, …, to − 1 (an even count) of ŷ = a + b x into the two chains in `s`. */
function pairSums(x: Float64Array, y: Float64Array, from: number, to: number, s: Float64Array) {
  const a = s[6] as number;
  const b = s[7] as number;
  let r0 = s[0] as number;
  let r1 = s[1] as number;
  let p0 = s[2] as number;
  let p1 = s[3] as number;
  let q0 = s[4] as number;
  let q1 = s[5] as number;
  for (let i = from; i < to; i += 2) {
    const x0 = x[i] as number;
    const x1 = x[i + 1] as number;
    const e0 = a + b * x0 - (y[i] as number);
    const e1 = a + b * x1 - (y[i + 1] as number);
    r0 += e0;
    r1 += e1;
    p0 += e0 * x0;
    p1 += e1 * x1;
    q0 += e0 * e0;
    q1 += e1 * e1;
  }
  s[0] = r0;
  s[1] = r1;
  s[2] = p0;
  s[3] = p1;
  s[4] = q0;
  s[5] = q1;
}

/** [x₀, y₀, x₁, y₁, …]. */
function interleave(x: Float64Array, y: Float64Array): Float64Array {
  const xy = new Float64Array(2 * x.length);
  for (let i = 0; i < x.length; i++) {
    xy[2 * i] = x[i] as number;
    xy[2 * i + 1] = y[i] as number;
  }
  return xy;
}

/** `pairSums` over the rows listed at positions from, …, to − 1 (an even count) of `rows`, with the same arithmetic. */
function pairSumsListed(x: Float64Array, y: Float64Array, rows: Int32Array, from: number, to: number, s: Float64Array) {
  const a = s[6] as number;
  const b = s[7] as number;
  let r0 = s[0] as number;
  let r1 = s[1] as number;
  let p0 = s[2] as number;
  let p1 = s[3] as number;
  let q0 = s[4] as number;
  let q1 = s[5] as number;
  for (let t = from; t < to; t += 2) {
    const i0 = rows[t] as number;
    const i1 = rows[t + 1] as number;
    const x0 = x[i0] as number;
    const x1 = x[i1] as number;
    const e0 = a + b * x0 - (y[i0] as number);
    const e1 = a + b * x1 - (y[i1] as number);
    r0 += e0;
    r1 += e1;
    p0 += e0 * x0;
    p1 += e1 * x1;
    q0 += e0 * e0;
    q1 += e1 * e1;
  }
  s[0] = r0;
  s[1] = r1;
  s[2] = p0;
  s[3] = p1;
  s[4] = q0;
  s[5] = q1;
}

/** `pairSums` over rows from, …, to − 1 (an even count) of an interleaved table, with the same arithmetic. */
function pairSumsRows(xy: Float64Array, from: number, to: number, s: Float64Array) {
  const a = s[6] as number;
  const b = s[7] as number;
  let r0 = s[0] as number;
  let r1 = s[1] as number;
  let p0 = s[2] as number;
  let p1 = s[3] as number;
  let q0 = s[4] as number;
  let q1 = s[5] as number;
  for (let k = 2 * from; k < 2 * to; k += 4) {
    const x0 = xy[k] as number;
    const x1 = xy[k + 2] as number;
    const e0 = a + b * x0 - (xy[k + 1] as number);
    const e1 = a + b * x1 - (xy[k + 3] as number);
    r0 += e0;
    r1 += e1;
    p0 += e0 * x0;
    p1 += e1 * x1;
    q0 += e0 * e0;
    q1 += e1 * e1;
  }
  s[0] = r0;
  s[1] = r1;
  s[2] = p0;
  s[3] = p1;
  s[4] = q0;
  s[5] = q1;
}

// ---------------------------------------------------------------------------------------------
// Several features, and logistic regression: one row at a time, all rows or listed rows.

/** Writes Σ rᵢ and Σ rᵢ xᵢⱼ into `g` (intercept first) and Σ rᵢ² into out[0]. */
function linearSums(
  columns: readonly Float64Array[],
  y: Float64Array,
  theta: Float64Array,
  intercept: boolean,
  rows: Int32Array | null,
  from: number,
  to: number,
  g: Float64Array,
  out: Float64Array,
): void {
  const offset = intercept ? 1 : 0;
  const p = columns.length;
  const a = intercept ? (theta[0] as number) : 0;
  g.fill(0);
  let rr = 0;
  for (let t = from; t < to; t++) {
    const row = rows === null ? t : (rows[t] as number);
    let z = a;
    for (let j = 0; j < p; j++) z += (theta[j + offset] as number) * ((columns[j] as Float64Array)[row] as number);
    const r = z - (y[row] as number);
    rr += r * r;
    if (intercept) g[0] = (g[0] as number) + r;
    for (let j = 0; j < p; j++) {
      g[j + offset] = (g[j + offset] as number) + r * ((columns[j] as Float64Array)[row] as number);
    }
  }
  out[0] = rr;
}

/**
 * Turns Σ r and Σ r x (in `g`) and Σ r² (in out[0]) over m rows into the gradient and the loss
 * (into out[0]) of `loss`. Every kernel here writes its sums rather than returning them: V8 boxes
 * a number returned from a call it does not inline.
 */
function finishSquared(loss: SquaredLoss, m: number, g: Float64Array, out: Float64Array): void {
  const rr = out[0] as number;
  if (loss === 'ssr') {
    for (let k = 0; k < g.length; k++) g[k] = 2 * (g[k] as number);
    out[0] = rr;
  } else if (loss === 'mse') {
    for (let k = 0; k < g.length; k++) g[k] = (2 * (g[k] as number)) / m;
    out[0] = rr / m;
  } else {
    for (let k = 0; k < g.length; k++) g[k] = (g[k] as number) / m;
    out[0] = rr / (2 * m);
  }
}

/** The mean cross-entropy over the rows, written into out[0], with its gradient written into `g`. */
function logisticSums(
  columns: readonly Float64Array[],
  labels: Float64Array,
  theta: Float64Array,
  intercept: boolean,
  rows: Int32Array | null,
  from: number,
  to: number,
  g: Float64Array,
  out: Float64Array,
): void {
  const offset = intercept ? 1 : 0;
  const p = columns.length;
  const a = intercept ? (theta[0] as number) : 0;
  g.fill(0);
  let total = 0;
  for (let t = from; t < to; t++) {
    const row = rows === null ? t : (rows[t] as number);
    let z = a;
    for (let j = 0; j < p; j++) z += (theta[j + offset] as number) * ((columns[j] as Float64Array)[row] as number);
    const label = labels[row] as number;
    // −ln σ(z) = softplus(−z) for label 1; −ln(1 − σ(z)) = softplus(z) for label 0.
    total += softplus(label === 1 ? -z : z);
    const residual = sigmoid(z) - label;
    if (intercept) g[0] = (g[0] as number) + residual;
    for (let j = 0; j < p; j++) {
      g[j + offset] = (g[j + offset] as number) + residual * ((columns[j] as Float64Array)[row] as number);
    }
  }
  const m = to - from;
  for (let k = 0; k < g.length; k++) g[k] = (g[k] as number) / m;
  out[0] = total / m;
}

/** softplus(z) = ln(1 + eᶻ) = max(z, 0) + log1p(e^−|z|), finite for every finite z. */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** σ(z) = 1/(1 + e⁻ᶻ), evaluated so that e^|z| never overflows. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

// ---------------------------------------------------------------------------------------------
// Validation.

function datasetObjective(
  full: Objective,
  batch: DatasetObjective['batch'],
  rows: number,
  dimension: number,
  intercept: boolean,
  loss: DatasetLoss,
): DatasetObjective {
  return Object.assign(full, { rows, dimension, intercept, loss, batch });
}

function checkIntercept(intercept: unknown): boolean {
  if (intercept === undefined) return true;
  if (typeof intercept !== 'boolean') throw new RangeError(`intercept must be a boolean; received ${shown(intercept)}.`);
  return intercept;
}

function checkVectors(theta: Float64Array, gradient: Float64Array, dimension: number): void {
  if (theta.length !== dimension) {
    throw new RangeError(`x must have length ${dimension} (the number of parameters); received length ${theta.length}.`);
  }
  if (gradient.length !== dimension) {
    throw new RangeError(`gradient must have length ${dimension} (the number of parameters); received length ${gradient.length}.`);
  }
}

function checkLossBuffer(loss: unknown): void {
  if (!(loss instanceof Float64Array) || loss.length === 0) {
    throw new RangeError(`loss must be a Float64Array of length ≥ 1, to receive the batch loss; received ${shown(loss)}.`);
  }
}

/** Checks the span, and that every row listed in it is a row of the data (one of 0, …, rows − 1). */
function checkRange(indices: Int32Array, start: number, end: number, rows: number): void {
  if (!(indices instanceof Int32Array)) throw new RangeError(`indices must be an Int32Array; received ${shown(indices)}.`);
  checkSpan(start, end, indices.length, 'indices.length');
  for (let t = start; t < end; t++) {
    const row = indices[t] as number;
    if (row < 0 || row >= rows) {
      throw new RangeError(`indices[${t}] must be a row number from 0 to ${rows - 1}; received ${row}.`);
    }
  }
}

function checkSpan(start: number, end: number, length: number, what = 'rows'): void {
  if (!Number.isInteger(start) || start < 0 || start >= length) {
    throw new RangeError(`start must be an integer from 0 to ${what} − 1 (${length - 1}); received ${shown(start)}.`);
  }
  if (!Number.isInteger(end) || end <= start || end > length) {
    throw new RangeError(`end must be an integer from start + 1 (${start + 1}) to ${what} (${length}); received ${shown(end)}.`);
  }
}
