/**
 * Closed-form least squares: the exact minimisers that gradient descent approaches.
 *
 * Matrices are given as in `data.ts`: X is a list of columns, one `Float64Array` per feature,
 * each with one entry per row (or a single `Float64Array` for one feature). X has n rows and
 * p columns; `y` has n entries.
 *
 * @module
 */
import { toColumns, type Features } from './columns.ts';
import { nonNegative, shown } from './validate.ts';

/** Options of {@link leastSquares}. */
export interface LeastSquaresOptions {
  /** Prepend a column of ones, so that θ = [θ₀, θ₁, …, θₚ] (default `true`, as in `linearRegression`). */
  intercept?: boolean;
}

/** Options of {@link minimumNormSolution}. */
export interface MinimumNormOptions {
  /**
   * Singular values at or below rcond · σ_max count as zero. Default max(n, p) · 2⁻⁵², the
   * usual numerical-rank threshold.
   */
  rcond?: number;
}

const EPSILON = Number.EPSILON;
/** Jacobi sweeps before giving up; convergence is quadratic and takes about 10 at these sizes. */
const MAX_SWEEPS = 100;

/**
 * The least-squares coefficients θ̂ = argmin ‖Xθ − y‖² (with a leading column of ones when
 * `intercept` is true), the unique solution of the normal equations XᵀX θ̂ = Xᵀy when X has
 * full column rank. Computed by Householder QR with column pivoting, X P = Q R, then
 * R θ̂ₚ = Qᵀy by back substitution, which avoids squaring the condition number as XᵀX would.
 *
 * @example
 * leastSquares(bill, tip); // [0.920270, 0.105025] for the tips data
 * leastSquares(bill, tip, { intercept: false }); // [0.143732]
 * @throws {RangeError} on invalid data (as `linearRegression`), fewer rows than parameters, or
 * linearly dependent columns: when a pivot |Rₖₖ| falls to max(n, q) · 2⁻⁵² · |R₀₀| or below.
 */
export function leastSquares(features: Features, y: Float64Array, options: LeastSquaresOptions = {}): Float64Array {
  const columns = toColumns(features, y);
  const intercept = options.intercept === undefined ? true : options.intercept;
  if (typeof intercept !== 'boolean') throw new RangeError(`intercept must be a boolean; received ${shown(intercept)}.`);
  const n = y.length;
  const a: Float64Array[] = columns.map((column) => Float64Array.from(column));
  if (intercept) a.unshift(new Float64Array(n).fill(1));
  const q = a.length;
  const counted = intercept ? ', counting the intercept column' : '';
  if (n < q) {
    throw new RangeError(
      `features must have at least as many rows as parameters for a unique least-squares solution; received ${n} rows and ${q} parameters${counted}. minimumNormSolution handles this case.`,
    );
  }
  const b = Float64Array.from(y);
  const order = Array.from({ length: q }, (_, j) => j);
  const diagonal = new Float64Array(q);
  let tolerance = 0;
  for (let k = 0; k < q; k++) {
    let pivot = k;
    let largest = -1;
    for (let j = k; j < q; j++) {
      const norm = tailNorm(a[j] as Float64Array, k);
      if (norm > largest) {
        largest = norm;
        pivot = j;
      }
    }
    [a[k], a[pivot]] = [a[pivot] as Float64Array, a[k] as Float64Array];
    [order[k], order[pivot]] = [order[pivot] as number, order[k] as number];
    if (k === 0) tolerance = Math.max(n, q) * EPSILON * largest;
    if (largest <= tolerance) {
      throw new RangeError(
        `the columns of features are linearly dependent (numerical rank ${k} of ${q}${counted}), so least squares has no unique solution; received a rank-deficient matrix. Drop a column, or use minimumNormSolution.`,
      );
    }
    const v = a[k] as Float64Array;
    const head = v[k] as number;
    const alpha = head > 0 ? -largest : largest;
    v[k] = head - alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += (v[i] as number) * (v[i] as number);
    for (let j = k + 1; j < q; j++) reflect(v, a[j] as Float64Array, k, vv);
    reflect(v, b, k, vv);
    diagonal[k] = alpha;
  }
  const solution = new Float64Array(q);
  for (let k = q - 1; k >= 0; k--) {
    let sum = b[k] as number;
    for (let j = k + 1; j < q; j++) sum -= ((a[j] as Float64Array)[k] as number) * (solution[j] as number);
    solution[k] = sum / (diagonal[k] as number);
  }
  const theta = new Float64Array(q);
  order.forEach((original, k) => (theta[original] = solution[k] as number));
  return theta;
}

/**
 * The minimum-norm least-squares solution θ⁺ = X⁺y: among all θ that minimise ‖Xθ − y‖, the one
 * with the smallest ‖θ‖. When X has more columns than rows (p > n) and full row rank, it
 * interpolates (Xθ⁺ = y) and equals Xᵀ(XXᵀ)⁻¹y; with full column rank it equals
 * {@link leastSquares} without intercept. No intercept is added: include a column of ones to
 * have one (its coefficient then counts in the norm).
 *
 * Computed from the singular value decomposition X = U Σ Vᵀ by one-sided Jacobi rotations on the
 * smaller side, θ⁺ = Σₖ vₖ (uₖ · y) / σₖ over the σₖ above rcond · σ_max.
 *
 * @throws {RangeError} on invalid data or a negative `rcond`.
 * @throws {Error} if the Jacobi sweeps do not converge (not seen in practice, rank-deficient X included).
 */
export function minimumNormSolution(features: Features, y: Float64Array, options: MinimumNormOptions = {}): Float64Array {
  const columns = toColumns(features, y);
  const n = y.length;
  const p = columns.length;
  const rcond = options.rcond === undefined ? Math.max(n, p) * EPSILON : nonNegative('rcond', options.rcond);
  const theta = new Float64Array(p);
  if (p <= n) {
    // X V = W with orthogonal columns wₖ = σₖ uₖ, so θ⁺ = Σ vₖ (wₖ · y) / σₖ².
    const { w, v, sigma } = jacobi(columns.map((column) => Float64Array.from(column)));
    const cutoff = rcond * Math.max(0, ...sigma);
    sigma.forEach((s, k) => {
      if (!(s > cutoff)) return;
      const coefficient = dot(w[k] as Float64Array, y) / (s * s);
      addScaled(theta, v[k] as Float64Array, coefficient);
    });
  } else {
    // Xᵀ V = W, so X = V Σ Uᵀ with uₖ = wₖ / σₖ, and θ⁺ = Σ wₖ (vₖ · y) / σₖ².
    const rows = Array.from({ length: n }, (_, i) => Float64Array.from(columns, (column) => column[i] as number));
    const { w, v, sigma } = jacobi(rows);
    const cutoff = rcond * Math.max(0, ...sigma);
    sigma.forEach((s, k) => {
      if (!(s > cutoff)) return;
      const coefficient = dot(v[k] as Float64Array, y) / (s * s);
      addScaled(theta, w[k] as Float64Array, coefficient);
    });
  }
  return theta;
}

/**
 * The singular values σ₁ ≥ σ₂ ≥ … ≥ σ_min(n,p) ≥ 0 of X (n rows, p columns), by one-sided Jacobi
 * rotations. σ₁/σ_min is the condition number that governs how slowly gradient descent converges
 * on ½‖Xθ − y‖².
 *
 * @throws {RangeError} on invalid data.
 */
export function singularValues(features: Features): Float64Array {
  const columns = toColumns(features, null);
  const n = (columns[0] as Float64Array).length;
  const side =
    columns.length <= n
      ? columns.map((column) => Float64Array.from(column))
      : Array.from({ length: n }, (_, i) => Float64Array.from(columns, (column) => column[i] as number));
  return Float64Array.from(jacobi(side).sigma).sort().reverse();
}

/**
 * One-sided (Hestenes) Jacobi: rotates pairs of the k columns of B (changed in place) until they
 * are mutually orthogonal, accumulating the rotations in V, so that B V = W with orthogonal
 * columns. Then B = U Σ Vᵀ with σⱼ = ‖wⱼ‖ and uⱼ = wⱼ / σⱼ. Each rotation zeroes wᵢ · wⱼ:
 * with α = ‖wᵢ‖², β = ‖wⱼ‖², γ = wᵢ · wⱼ, ζ = (β − α)/(2γ), t = sign ζ / (|ζ| + √(1 + ζ²)),
 * c = 1/√(1 + t²), s = c t: wᵢ ← c wᵢ − s wⱼ, wⱼ ← s wᵢ + c wⱼ.
 */
function jacobi(b: Float64Array[]): { w: Float64Array[]; v: Float64Array[]; sigma: number[] } {
  const k = b.length;
  const v = Array.from({ length: k }, (_, j) => {
    const column = new Float64Array(k);
    column[j] = 1;
    return column;
  });
  // A column this short is rounding noise left by a dependent one (rank deficiency): it is σ = 0,
  // and rotating it against the others would only stir the noise, so it is left alone.
  const negligible = (k * EPSILON) ** 2 * b.reduce((sum, column) => sum + dot(column, column), 0);
  // Columns count as orthogonal once their cosine is within the rounding of a dot product of their
  // length (LAPACK's dgesvj uses the same √m ε).
  const orthogonal = Math.sqrt((b[0] as Float64Array).length) * EPSILON;
  let converged = false;
  for (let sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
    converged = true;
    for (let i = 0; i < k - 1; i++) {
      for (let j = i + 1; j < k; j++) {
        const wi = b[i] as Float64Array;
        const wj = b[j] as Float64Array;
        const alpha = dot(wi, wi);
        const beta = dot(wj, wj);
        const gamma = dot(wi, wj);
        if (alpha <= negligible || beta <= negligible || !(Math.abs(gamma) > orthogonal * Math.sqrt(alpha * beta))) continue;
        converged = false;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        rotate(wi, wj, c, s);
        rotate(v[i] as Float64Array, v[j] as Float64Array, c, s);
      }
    }
  }
  if (!converged) throw new Error(`the Jacobi singular value decomposition did not converge in ${MAX_SWEEPS} sweeps.`);
  return { w: b, v, sigma: b.map((column) => (dot(column, column) > negligible ? Math.sqrt(dot(column, column)) : 0)) };
}

function rotate(x: Float64Array, y: Float64Array, c: number, s: number): void {
  for (let r = 0; r < x.length; r++) {
    const xr = x[r] as number;
    const yr = y[r] as number;
    x[r] = c * xr - s * yr;
    y[r] = s * xr + c * yr;
  }
}

/** ‖x[from:]‖₂, scaled by the largest entry so that squares neither overflow nor underflow. */
function tailNorm(x: Float64Array, from: number): number {
  let scale = 0;
  for (let i = from; i < x.length; i++) scale = Math.max(scale, Math.abs(x[i] as number));
  if (scale === 0) return 0;
  let sum = 0;
  for (let i = from; i < x.length; i++) {
    const r = (x[i] as number) / scale;
    sum += r * r;
  }
  return scale * Math.sqrt(sum);
}

/** Applies the Householder reflection I − 2vvᵀ/(vᵀv), acting on rows from..n − 1, to x in place. */
function reflect(v: Float64Array, x: Float64Array, from: number, vv: number): void {
  let s = 0;
  for (let i = from; i < x.length; i++) s += (v[i] as number) * (x[i] as number);
  const factor = (2 * s) / vv;
  for (let i = from; i < x.length; i++) x[i] = (x[i] as number) - factor * (v[i] as number);
}

function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) * (y[i] as number);
  return s;
}

function addScaled(target: Float64Array, x: Float64Array, scale: number): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) + scale * (x[i] as number);
}
