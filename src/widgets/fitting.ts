import { leastSquares, minimumNormSolution, normal, polynomialFeatures, type Random } from '@descent/optimizer';

/** A known curve that generates noisy data: the "truth" a simulation compares its fits with. */
export interface TrueFunction {
  /** TeX for f(x). */
  tex: string;
  f: (x: number) => number;
}

const TWO_PI = 2 * Math.PI;

/**
 * sin t with + − × ÷ only: t reduced to r in [−π, π], then the Taylor series to r³¹/31! by Horner's
 * rule (its remainder is below 10⁻¹⁸). Math.sin may differ in the last bit between JavaScript
 * engines (Node's and Chromium's do), and the page pre-rendered in Node must show the very numbers
 * the browser computes, so curves that feed the simulations use this instead.
 */
export function sine(t: number): number {
  const r = t - TWO_PI * Math.round(t / TWO_PI);
  const r2 = r * r;
  let sum = 1;
  for (let k = 15; k >= 1; k--) sum = 1 - (r2 / (2 * k * (2 * k + 1))) * sum;
  return r * sum;
}

/** n evenly spaced points from lo to hi, both included. */
export function evenlySpaced(n: number, lo = -1, hi = 1): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (n - 1)));
}

/** Maps [lo, hi] onto [−1, 1], where powers of x stay between −1 and 1 and the fits stay well conditioned. */
export function toUnitInterval(x: Float64Array, [lo, hi]: readonly [number, number]): Float64Array {
  return x.map((v) => (2 * (v - lo)) / (hi - lo) - 1);
}

/** y = f(x) + noise, with independent normal noise of standard deviation `sigma` drawn from `rng`. */
export function noisy(truth: TrueFunction, x: Float64Array, sigma: number, rng: Random): Float64Array {
  return x.map((v) => truth.f(v) + normal(rng, 0, sigma));
}

/** The columns 1, x, x², …, x^degree: the design of a polynomial fit with its intercept. */
export function polynomialColumns(x: Float64Array, degree: number): Float64Array[] {
  const ones = new Float64Array(x.length).fill(1);
  return degree === 0 ? [ones] : [ones, ...polynomialFeatures(x, degree)];
}

/**
 * The Legendre polynomials P₀, …, P_{count−1} at x in [−1, 1], by Bonnet's recurrence
 * k P_k = (2k − 1) x P_{k−1} − (k − 1) P_{k−2}. They are orthogonal on [−1, 1], so a long list of
 * them stays well conditioned where the powers x^k become nearly parallel.
 */
export function legendreColumns(x: Float64Array, count: number): Float64Array[] {
  const columns: Float64Array[] = [];
  for (let k = 0; k < count; k++) {
    const column = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!;
      column[i] = k === 0 ? 1 : k === 1 ? xi : ((2 * k - 1) * xi * columns[k - 1]![i]! - (k - 1) * columns[k - 2]![i]!) / k;
    }
    columns.push(column);
  }
  return columns;
}

/** Xθ for a design given as columns. */
export function predict(columns: readonly Float64Array[], theta: Float64Array): Float64Array {
  const out = new Float64Array(columns[0]!.length);
  columns.forEach((column, j) => {
    const t = theta[j]!;
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + t * column[i]!;
  });
  return out;
}

export interface Fit {
  theta: Float64Array;
  /** False when the design has fewer independent columns than parameters, so the fit is not unique. */
  unique: boolean;
}

/**
 * Least squares on a design that already holds every column (the intercept included): the unique
 * solution by QR when there is one, otherwise (more columns than rows, or dependent columns) the
 * minimum-norm least-squares solution, which is the one gradient descent from zero reaches.
 */
export function fitColumns(columns: readonly Float64Array[], y: Float64Array): Fit {
  if (columns.length <= y.length) {
    try {
      return { theta: leastSquares(columns, y, { intercept: false }), unique: true };
    } catch (error) {
      // Dependent columns; invalid data makes minimumNormSolution throw the same RangeError.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return { theta: minimumNormSolution(columns, y), unique: false };
}

/** The mean of (a − b)², or of a² when b is left out. */
export function meanSquare(a: ArrayLike<number>, b?: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - (b ? b[i]! : 0);
    sum += d * d;
  }
  return sum / a.length;
}

/** The Euclidean distance ‖a − b‖, or the norm ‖a‖ when b is left out; scaled so that huge entries do not overflow. */
export function distance(a: ArrayLike<number>, b?: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(a[i]! - (b ? b[i]! : 0)));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += ((a[i]! - (b ? b[i]! : 0)) / scale) ** 2;
  return scale * Math.sqrt(sum);
}
