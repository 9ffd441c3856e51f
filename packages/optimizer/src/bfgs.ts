import {
  backtrack,
  resolveArmijo,
  resolveWolfe,
  wolfeLineSearch,
  type ArmijoOptions,
  type WolfeOptions,
} from './linesearch.ts';
import {
  divergence,
  evaluateStart,
  failure,
  resultOf,
  searchFailed,
  start,
  startEnding,
  stopEnding,
  type Ending,
  type StartingPoint,
} from './run.ts';
import { beyondLimit, DIVERGENCE_LIMIT, firedRule, gradientNorm, resolveStopRules, stepSize, type StopRules } from './stop.ts';
import { toArray, TrajectoryRecorder, trajectoryCap, type TrajectoryOptions } from './trajectory.ts';
import type { Objective, Result, TrajectoryPoint } from './types.ts';
import { MAX_STEPS_LIMIT, shown } from './validate.ts';

/** Settings of {@link minimize}. */
export interface MinimizeOptions {
  /**
   * When to stop, as for gradient descent ({@link StopRules}). Defaults: gradientNorm 1e-8 and
   * maxSteps 200 · n (as scipy); rules given here replace those defaults one by one.
   */
  stop?: StopRules;
  /** Line search: strong Wolfe (default, as scipy) or backtracking Armijo, by name or with settings. */
  lineSearch?: 'wolfe' | 'armijo' | ({ type: 'wolfe' } & WolfeOptions) | ({ type: 'armijo' } & ArmijoOptions);
  /** Record iterates in the result, as for gradient descent. */
  trajectory?: boolean | TrajectoryOptions;
}

/** Default gradient-norm tolerance of {@link minimize}. */
export const BFGS_GRADIENT_TOLERANCE = 1e-8;

/**
 * Minimises a smooth function with BFGS (Broyden, Fletcher, Goldfarb and Shanno 1970; Nocedal &
 * Wright 2006, algorithm 6.1), like scipy.optimize.minimize(method='BFGS').
 *
 * Keeps an approximation H of the inverse Hessian, starting from the identity. Step k searches
 * along d = −H ∇f(x_{k−1}) for α (first trial min(1, 2.02 (f_{k−1} − f_{k−2}) / ∇f·d), with
 * f_{−1} = f_0 + ‖∇f_0‖/2, so the first trial moves a distance of about 1), moves to
 * x_k = x_{k−1} + α d, and updates H with s = x_k − x_{k−1}, y = ∇f_k − ∇f_{k−1}:
 * H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / yᵀs (skipped unless yᵀs > 0).
 * If d is not a descent direction H is reset to the identity.
 *
 * The result counts every evaluation of the objective in `evaluations`. Trajectory steps are
 * x_{k−1} − x_k, the same sign convention as gradient descent. If the line search finds no
 * acceptable point the run ends with reason `stopped`, rule `minStepSize`. Divergence is handled
 * as in {@link gradientDescent}.
 *
 * @example
 * const quartic = scalar((x) => (x ** 4 - 15 * x ** 3 + 80 * x ** 2 - 180 * x + 144) / 10,
 *                        (x) => (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10);
 * minimize(quartic, 6).x; // [5.326345…]
 *
 * @throws RangeError for invalid settings, an empty or non-finite `x0`, or a non-finite f or
 * gradient at `x0`.
 */
export function minimize(objective: Objective, x0: StartingPoint, options: MinimizeOptions = {}): Result {
  let x = start(objective, x0, options);
  const n = x.length;
  const rules = resolveStopRules({
    gradientNorm: BFGS_GRADIENT_TOLERANCE,
    maxSteps: Math.min(200 * n, MAX_STEPS_LIMIT),
    ...options.stop,
  });
  const search = resolveSearch(options.lineSearch);
  const cap = trajectoryCap(options.trajectory);
  const recorder = cap > 0 ? new TrajectoryRecorder(cap) : null;

  let evaluations = 1;
  let gradient = new Float64Array(n);
  let f = evaluateStart(objective, x, gradient);

  let k = 0;
  let step = new Float64Array(n);
  const point = (): TrajectoryPoint => ({ k, x: toArray(x), f, gradient: toArray(gradient), step: toArray(step) });
  recorder?.add(point());

  const finish = (ending: Ending): Result => resultOf(ending, k, x, f, gradient, evaluations, recorder);

  const atStart = startEnding(rules, gradient);
  if (atStart !== null) return finish(atStart);

  const inverseHessian = identity(n);
  const direction = new Float64Array(n);
  const trialX = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  let trialF = NaN;
  let trialAlpha = NaN;
  const probe = (alpha: number): number => {
    trialAlpha = alpha;
    for (let i = 0; i < n; i++) trialX[i] = (x[i] as number) + alpha * (direction[i] as number);
    if (beyondLimit(trialX)) return (trialF = Infinity);
    evaluations++;
    trialF = objective(trialX, trialGradient);
    return Number.isFinite(trialF) ? trialF : Infinity;
  };
  const probeWithSlope = (alpha: number) => {
    const value = probe(alpha);
    return { value, slope: dot(trialGradient, direction) };
  };

  let previousF = f + gradientNorm(gradient) / 2;
  while (true) {
    multiply(inverseHessian, gradient, direction, -1);
    let slope = dot(gradient, direction);
    if (!(slope < 0)) {
      resetToIdentity(inverseHessian);
      for (let i = 0; i < n; i++) direction[i] = -(gradient[i] as number);
      slope = dot(gradient, direction);
      if (!(slope < 0)) return finish({ rule: 'minStepSize', message: `Stopped after ${k} steps: the gradient is zero, so there is no descent direction.` });
    }

    const guess = (1.01 * 2 * (f - previousF)) / slope;
    const initial = guess > 0 && guess < 1 ? guess : 1;
    const alpha =
      search.type === 'wolfe'
        ? wolfeLineSearch(probeWithSlope, f, slope, initial, search.options)
        : backtrack(probe, f, slope, initial, search.options.c, search.options.shrink, search.options.maxBacktracks);
    if (alpha === 0) {
      return finish(searchFailed(k + 1, ''));
    }
    if (alpha !== trialAlpha) probe(alpha);

    const stepNumber = k + 1;
    if (!(Math.abs(trialF) <= DIVERGENCE_LIMIT)) return finish(divergence(stepNumber, failure.f(stepNumber, trialF)));
    if (beyondLimit(trialGradient)) return finish(divergence(stepNumber, failure.gradient(stepNumber)));

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (trialX[i] as number) - (x[i] as number);
      y[i] = (trialGradient[i] as number) - (gradient[i] as number);
    }
    step = s.map((v) => -v);
    previousF = f;
    x = Float64Array.from(trialX);
    [gradient, trialGradient] = [trialGradient, gradient];
    f = trialF;
    k = stepNumber;
    recorder?.add(point());

    const rule = firedRule(rules, k, step, gradient, { f, previousF });
    if (rule !== null) return finish(stopEnding(rule, k, rules, gradient, step, f, previousF));
    if (stepSize(step) === 0) return finish({ rule: 'minStepSize', message: `Stopped after ${k} steps: the step was zero to machine precision.` });
    updateInverseHessian(inverseHessian, s, y);
  }
}

type Search =
  | { type: 'wolfe'; options: Required<WolfeOptions> }
  | { type: 'armijo'; options: Required<ArmijoOptions> };

function resolveSearch(option: MinimizeOptions['lineSearch']): Search {
  if (option === undefined || option === 'wolfe') return { type: 'wolfe', options: resolveWolfe() };
  if (option === 'armijo') return { type: 'armijo', options: resolveArmijo() };
  if (typeof option === 'object' && option !== null) {
    if (option.type === 'wolfe') return { type: 'wolfe', options: resolveWolfe(option) };
    if (option.type === 'armijo') return { type: 'armijo', options: resolveArmijo(option) };
  }
  throw new RangeError(`lineSearch must be 'wolfe', 'armijo' or { type: 'wolfe' | 'armijo', … }; received ${shown(option)}.`);
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  resetToIdentity(m);
  return m;
}

function resetToIdentity(m: Float64Array): void {
  const n = Math.round(Math.sqrt(m.length));
  m.fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** out = scale · M v for a row-major n×n matrix M. */
function multiply(m: Float64Array, v: Float64Array, out: Float64Array, scale: number): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += (m[i * n + j] as number) * (v[j] as number);
    out[i] = scale * sum;
  }
}

/** H ← H − ρ (s (Hy)ᵀ + (Hy) sᵀ) + (ρ² yᵀHy + ρ) s sᵀ, the expanded BFGS inverse update. */
function updateInverseHessian(h: Float64Array, s: Float64Array, y: Float64Array): void {
  const ys = dot(y, s);
  if (!(ys > 0)) return;
  const n = s.length;
  const rho = 1 / ys;
  const hy = new Float64Array(n);
  multiply(h, y, hy, 1);
  const yhy = dot(y, hy);
  const ss = rho * rho * yhy + rho;
  for (let i = 0; i < n; i++) {
    const si = s[i] as number;
    const hyi = hy[i] as number;
    for (let j = 0; j < n; j++) {
      const sj = s[j] as number;
      const hyj = hy[j] as number;
      h[i * n + j] = (h[i * n + j] as number) - rho * (si * hyj + hyi * sj) + ss * si * sj;
    }
  }
}
