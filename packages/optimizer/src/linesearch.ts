import { integer, openFraction, positive, shown } from './validate.ts';

/**
 * Settings of the backtracking (Armijo) line search. A trial step α is accepted when
 * φ(α) ≤ φ(0) + c · α · φ'(0); otherwise α shrinks by `shrink`.
 */
export interface ArmijoOptions {
  /** Sufficient-decrease constant c, strictly between 0 and 1; default 1e-4. */
  c?: number;
  /** Factor applied to α after each rejected trial, strictly between 0 and 1; default 0.5. */
  shrink?: number;
  /** Trials after the first before giving up, an integer from 1 to 1000; default 50. */
  maxBacktracks?: number;
}

/** Settings of the strong-Wolfe line search. */
export interface WolfeOptions {
  /** Sufficient-decrease constant c₁; default 1e-4. Requires 0 < c₁ < c₂ < 1. */
  c1?: number;
  /** Curvature constant c₂; default 0.9 (the usual choice for quasi-Newton methods). */
  c2?: number;
  /** Evaluations allowed in each of the bracketing and zoom phases, from 1 to 1000; default 30. */
  maxIterations?: number;
}

/** φ and φ' at one trial step of a line search. */
export interface LinePoint {
  value: number;
  slope: number;
}

/**
 * Rounding allowance of both line searches, relative to |φ(0)|: a trial value within
 * 16 ε |φ(0)| of the sufficient-decrease bound counts as meeting it. Closer to a minimum than
 * that, f cannot resolve the decrease a step makes, and a strict test would reject every step
 * (compare the approximate Wolfe conditions of Hager & Zhang 2005).
 */
export const ROUNDING_ALLOWANCE = 16 * Number.EPSILON;

/**
 * Relative tolerance on f with which {@link wolfeLineSearch} also accepts a trial: the curvature
 * condition |φ'(α)| ≤ c₂ |φ'(0)| together with φ(α) ≤ φ(0) + 1e-10 |φ(0)|. Near a minimum rounding
 * noise in f hides the decrease a good step makes; the slope still shows the progress. This is the
 * idea of the approximate Wolfe conditions of Hager & Zhang (2005), who allow 1e-6 near
 * convergence only; it is allowed at every step here, hence the tighter bound.
 */
export const APPROXIMATE_WOLFE_TOLERANCE = 1e-10;

/**
 * Checks Armijo settings (the string `'armijo'` means the defaults) and fills in the defaults.
 *
 * @throws RangeError for a value outside the documented ranges.
 */
export function resolveArmijo(options: 'armijo' | ArmijoOptions = {}): Required<ArmijoOptions> {
  if (typeof options === 'string') {
    if (options !== 'armijo') throw new RangeError(`lineSearch must be 'armijo' or an options object; received ${shown(options)}.`);
    options = {};
  }
  return {
    c: openFraction('lineSearch.c', options.c ?? 1e-4),
    shrink: openFraction('lineSearch.shrink', options.shrink ?? 0.5),
    maxBacktracks: integer('lineSearch.maxBacktracks', options.maxBacktracks ?? 50, 1, 1000),
  };
}

/**
 * Checks Wolfe settings and fills in the defaults.
 *
 * @throws RangeError for a value outside the documented ranges, or c₁ ≥ c₂.
 */
export function resolveWolfe(options: WolfeOptions = {}): Required<WolfeOptions> {
  const c1 = openFraction('lineSearch.c1', options.c1 ?? 1e-4);
  const c2 = openFraction('lineSearch.c2', options.c2 ?? 0.9);
  if (c1 >= c2) throw new RangeError(`lineSearch.c1 must be smaller than lineSearch.c2; received c1 = ${shown(c1)}, c2 = ${shown(c2)}.`);
  return { c1, c2, maxIterations: integer('lineSearch.maxIterations', options.maxIterations ?? 30, 1, 1000) };
}

/**
 * Backtracking line search (Armijo 1966): tries α = initial, initial·ρ, initial·ρ², … and returns
 * the first α with φ(α) ≤ φ(0) + c α φ'(0) (up to {@link ROUNDING_ALLOWANCE}). A non-finite φ(α)
 * counts as a rejection.
 * The last call to `phi` is always at the returned α when it is not 0.
 *
 * @param phi - φ(α) = f(x + α d) along a descent direction d
 * @param phi0 - φ(0)
 * @param slope0 - φ'(0) = ∇f(x)·d, which must be negative
 * @param initial - first trial α > 0; default 1
 * @returns the accepted α, or 0 if every trial was rejected
 * @throws RangeError if `slope0` is not negative, `initial` is not a finite number > 0, or the options are invalid.
 */
export function backtrackingLineSearch(
  phi: (alpha: number) => number,
  phi0: number,
  slope0: number,
  initial = 1,
  options: ArmijoOptions = {},
): number {
  const { c, shrink, maxBacktracks } = resolveArmijo(options);
  positive('initial', initial);
  if (!(slope0 < 0)) throw new RangeError(`slope0 must be negative (a descent direction); received ${shown(slope0)}.`);
  return backtrack(phi, phi0, slope0, initial, c, shrink, maxBacktracks);
}

/** {@link backtrackingLineSearch} without the checks, for runners that checked once up front. */
export function backtrack(
  phi: (alpha: number) => number,
  phi0: number,
  slope0: number,
  initial: number,
  c: number,
  shrink: number,
  maxBacktracks: number,
): number {
  const allowance = ROUNDING_ALLOWANCE * Math.abs(phi0);
  let alpha = initial;
  for (let trial = 0; trial <= maxBacktracks; trial++) {
    if (phi(alpha) <= phi0 + c * alpha * slope0 + allowance) return alpha;
    alpha *= shrink;
  }
  return 0;
}

/**
 * Line search for the strong Wolfe conditions (Nocedal & Wright 2006, algorithms 3.5 and 3.6):
 * φ(α) ≤ φ(0) + c₁ α φ'(0) (up to {@link ROUNDING_ALLOWANCE}) and |φ'(α)| ≤ c₂ |φ'(0)|. Brackets by doubling α, then zooms with
 * safeguarded cubic interpolation. A non-finite φ(α) counts as too far. A trial that meets the
 * curvature condition without increasing f beyond rounding ({@link APPROXIMATE_WOLFE_TOLERANCE})
 * is accepted as well.
 *
 * If the zoom runs out of evaluations it returns the best α found that satisfies sufficient
 * decrease, which may not be the α of the last call to `phi`.
 *
 * @param phi - φ and φ' at α, along a descent direction
 * @param phi0 - φ(0)
 * @param slope0 - φ'(0), which must be negative
 * @param initial - first trial α > 0; default 1
 * @returns an acceptable α, or 0 if none was found
 * @throws RangeError if `slope0` is not negative, `initial` is not a finite number > 0, or the options are invalid.
 */
export function wolfeLineSearch(
  phi: (alpha: number) => LinePoint,
  phi0: number,
  slope0: number,
  initial = 1,
  options: WolfeOptions = {},
): number {
  const { c1, c2, maxIterations } = resolveWolfe(options);
  positive('initial', initial);
  if (!(slope0 < 0)) throw new RangeError(`slope0 must be negative (a descent direction); received ${shown(slope0)}.`);

  const allowance = ROUNDING_ALLOWANCE * Math.abs(phi0);
  const sufficient = (alpha: number, value: number) => value <= phi0 + c1 * alpha * slope0 + allowance;
  const flat = (slope: number) => Math.abs(slope) <= -c2 * slope0;
  const approximate = (value: number, slope: number) =>
    value <= phi0 + APPROXIMATE_WOLFE_TOLERANCE * Math.abs(phi0) && flat(slope);

  const zoom = (lo: number, fLo: number, dLo: number, hi: number, fHi: number, dHi: number): number => {
    for (let j = 0; j < maxIterations; j++) {
      const width = Math.abs(hi - lo);
      if (width <= 1e-16 * Math.max(1, Math.abs(lo))) break;
      const alpha = interpolate(lo, fLo, dLo, hi, fHi, dHi);
      const { value, slope } = phi(alpha);
      if (approximate(value, slope)) return alpha;
      if (!sufficient(alpha, value) || value >= fLo) {
        hi = alpha;
        fHi = value;
        dHi = slope;
      } else {
        if (flat(slope)) return alpha;
        if (slope * (hi - lo) >= 0) {
          hi = lo;
          fHi = fLo;
          dHi = dLo;
        }
        lo = alpha;
        fLo = value;
        dLo = slope;
      }
    }
    return lo;
  };

  let previous = 0;
  let fPrevious = phi0;
  let dPrevious = slope0;
  let alpha = initial;
  for (let i = 0; i < maxIterations; i++) {
    const { value, slope } = phi(alpha);
    if (approximate(value, slope)) return alpha;
    if (!sufficient(alpha, value) || (i > 0 && value >= fPrevious)) {
      return zoom(previous, fPrevious, dPrevious, alpha, value, slope);
    }
    if (flat(slope)) return alpha;
    if (slope >= 0) return zoom(alpha, value, slope, previous, fPrevious, dPrevious);
    previous = alpha;
    fPrevious = value;
    dPrevious = slope;
    alpha *= 2;
  }
  return previous;
}

/**
 * A trial step between lo and hi: the minimiser of the cubic through both end values and slopes,
 * else of the quadratic through lo's value and slope and hi's value, kept at least a tenth of the
 * interval away from either end; bisection when neither is usable.
 */
function interpolate(lo: number, fLo: number, dLo: number, hi: number, fHi: number, dHi: number): number {
  const left = Math.min(lo, hi);
  const right = Math.max(lo, hi);
  const margin = 0.1 * (right - left);
  const usable = (a: number) => a >= left + margin && a <= right - margin;

  const d1 = dLo + dHi - (3 * (fLo - fHi)) / (lo - hi);
  const discriminant = d1 * d1 - dLo * dHi;
  if (discriminant >= 0) {
    const d2 = Math.sign(hi - lo) * Math.sqrt(discriminant);
    const cubic = hi - (hi - lo) * ((dHi + d2 - d1) / (dHi - dLo + 2 * d2));
    if (usable(cubic)) return cubic;
  }
  const span = hi - lo;
  const quadratic = lo - (dLo * span * span) / (2 * (fHi - fLo - dLo * span));
  if (usable(quadratic)) return quadratic;
  return (lo + hi) / 2;
}
