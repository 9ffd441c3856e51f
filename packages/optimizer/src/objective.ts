import type { Objective } from './types.ts';
import { positive, sameLength, startingPoint } from './validate.ts';

/**
 * Wraps a one-dimensional function and its derivative as an {@link Objective} over arrays of
 * length 1.
 *
 * @example
 * const quartic = scalar((x) => x ** 4, (x) => 4 * x ** 3);
 */
export function scalar(f: (x: number) => number, df: (x: number) => number): Objective {
  return (x, gradient) => {
    const v = x[0] ?? NaN;
    gradient[0] = df(v);
    return f(v);
  };
}

/**
 * Default relative difference step for central differences: ∛ε ≈ 6.06e-6, which balances
 * truncation error (∝ h²) against rounding error (∝ ε/h).
 */
export const DEFAULT_DIFFERENCE_STEP = Math.cbrt(Number.EPSILON);

/**
 * Central-difference gradient: out_i = (f(x + h_i e_i) − f(x − h_i e_i)) / (2 h_i), with
 * h_i = h · max(1, |x_i|). `x` is left unchanged (the probes run on a copy).
 *
 * @param f - the function to differentiate
 * @param x - the point
 * @param out - receives the gradient; must have the length of `x`
 * @param h - relative step, > 0; default {@link DEFAULT_DIFFERENCE_STEP}
 * @returns `out`
 * @throws RangeError if `out` and `x` differ in length or `h` is not a finite number > 0.
 */
export function numericalGradient(
  f: (x: Float64Array) => number,
  x: Float64Array,
  out: Float64Array,
  h: number = DEFAULT_DIFFERENCE_STEP,
): Float64Array {
  sameLength('out', out.length, x.length);
  positive('h', h);
  const probe = Float64Array.from(x);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? NaN;
    const hi = h * Math.max(1, Math.abs(xi));
    const above = xi + hi;
    const below = xi - hi;
    probe[i] = above;
    const fAbove = f(probe);
    probe[i] = below;
    const fBelow = f(probe);
    probe[i] = xi;
    // Divide by the spacing actually represented in floating point, not by 2h.
    out[i] = (fAbove - fBelow) / (above - below);
  }
  return out;
}

/**
 * Compares an objective's analytic gradient with central differences of its value at `x`.
 * Returns max_i |a_i − n_i| / max(1, |a_i|, |n_i|): a relative error for components larger than 1
 * and an absolute one below, so components near zero do not amplify rounding noise.
 * A correct gradient gives about 1e-8 or less on smooth problems of moderate scale; a non-finite
 * component on either side gives Infinity.
 *
 * @param x - the point: a number (one dimension), an array or a Float64Array; not modified
 * @param h - relative difference step, as in {@link numericalGradient}
 * @throws RangeError if `x` is empty or not finite.
 */
export function gradientCheck(
  objective: Objective,
  x: number | readonly number[] | Float64Array,
  h: number = DEFAULT_DIFFERENCE_STEP,
): number {
  const point = startingPoint('x', x);
  const analytic = new Float64Array(point.length);
  objective(point, analytic);
  const scratch = new Float64Array(point.length);
  const numeric = numericalGradient((p) => objective(p, scratch), point, new Float64Array(point.length), h);
  let worst = 0;
  for (let i = 0; i < point.length; i++) {
    const a = analytic[i] ?? NaN;
    const n = numeric[i] ?? NaN;
    const error = Math.abs(a - n) / Math.max(1, Math.abs(a), Math.abs(n));
    // NaN must not hide behind Math.max.
    if (!(error <= worst)) worst = Number.isNaN(error) ? Infinity : error;
  }
  return worst;
}
