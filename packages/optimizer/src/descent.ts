import { backtrack, resolveArmijo, type ArmijoOptions } from './linesearch.ts';
import { rateAt, toSchedule, type LearningRate, type Schedule } from './schedules.ts';
import {
  beyondLimit,
  DIVERGENCE_LIMIT,
  firedRule,
  gradientNorm,
  reasonFor,
  relativeChange,
  resolveStopRules,
  stepSize,
  type StopRules,
} from './stop.ts';
import { toArray, TrajectoryRecorder, trajectoryCap, type TrajectoryOptions } from './trajectory.ts';
import type { GradientTransformation } from './transforms.ts';
import type { Objective, Result, StopRuleName, TrajectoryPoint } from './types.ts';
import { sameLength, shown, startingPoint } from './validate.ts';

/** A starting point: a number (one dimension), an array of numbers or a Float64Array. */
export type StartingPoint = number | readonly number[] | Float64Array;

/** Settings of {@link gradientDescent} and {@link iterate}. */
export interface DescentOptions {
  /**
   * Rate of plain gradient descent, x_k = x_{k−1} − η_t ∇f(x_{k−1}): a number > 0 or a schedule.
   * Give either this or `optimizer`.
   */
  learningRate?: LearningRate;
  /** The transform that turns each gradient into a step (it carries its own learning rate). */
  optimizer?: GradientTransformation<any>;
  /** When to stop; see {@link StopRules}. Default: only `maxSteps` = 10 000. */
  stop?: StopRules;
  /**
   * Backtracking (Armijo) search along each step: the optimizer's step s is tried first, then
   * shrunk until f(x − αs) ≤ f(x) − c α ∇f(x)·s. A step that is not a descent direction
   * (∇f·s ≤ 0, possible with momentum) is taken as it is. If no trial is accepted the run ends
   * with reason `stopped`, rule `minStepSize`, at the last iterate.
   */
  lineSearch?: 'armijo' | ArmijoOptions;
  /** Record iterates in the result: true keeps up to 10 000 points, `{ cap }` up to `cap`. */
  trajectory?: boolean | TrajectoryOptions;
}

/**
 * Minimises `objective` by gradient descent from `x0`.
 *
 * Step k computes the step s_k from ∇f(x_{k−1}) (s_k = η ∇f(x_{k−1}) by default, or the
 * optimizer's updates), moves to x_k = x_{k−1} − s_k, evaluates f and ∇f at x_k, records, and then
 * checks the stop rules ({@link StopRules}). The gradient-norm rule is also checked at x_0.
 *
 * A run that meets a non-finite value or one beyond {@link DIVERGENCE_LIMIT} ends with reason
 * `diverged`, `divergedAt` = k, and the last finite iterate. Numeric trouble never throws and no
 * result contains NaN.
 *
 * Without an optimizer and without a trajectory the loop allocates nothing per step.
 *
 * @example
 * const f = scalar((x) => x * x, (x) => 2 * x);
 * gradientDescent(f, 3, { learningRate: 0.1, stop: { gradientNorm: 1e-8 } }).x; // ≈ [0]
 *
 * @throws RangeError for invalid settings: learning rate, optimizer and learning rate both given or
 * both missing, stop rules, line-search or trajectory options, an empty or non-finite `x0`, a
 * non-finite f or gradient at `x0`, or updates of the wrong length.
 */
export function gradientDescent(objective: Objective, x0: StartingPoint, options: DescentOptions): Result {
  const run = new DescentRun(objective, x0, options);
  while (run.ending === null) run.advance();
  return run.result();
}

/**
 * Runs {@link gradientDescent} one step at a time: yields the iterate x_0 and then every
 * iterate after it, and returns the same Result that {@link gradientDescent} would.
 * The settings are checked when `iterate` is called, not on the first `next()`.
 *
 * @example
 * for (const point of iterate(f, 3, { learningRate: 0.1, stop: { maxSteps: 5 } })) draw(point);
 *
 * @throws RangeError for invalid settings, as {@link gradientDescent}.
 */
export function iterate(
  objective: Objective,
  x0: StartingPoint,
  options: DescentOptions,
): Generator<TrajectoryPoint, Result, undefined> {
  const run = new DescentRun(objective, x0, options);
  return (function* () {
    yield run.point();
    while (run.ending === null) {
      run.advance();
      if (run.moved) yield run.point();
    }
    return run.result();
  })();
}

interface Ending {
  rule: StopRuleName;
  message: string;
  divergedAt?: number;
}

/** The state of one gradient-descent run; x/f/gradient always describe iterate k. */
class DescentRun {
  readonly n: number;
  x: Float64Array;
  gradient: Float64Array;
  f = NaN;
  k = 0;
  evaluations = 0;
  ending: Ending | null = null;
  /** Whether the last call to advance produced a new iterate. */
  moved = false;

  private previousX: Float64Array;
  private previousGradient: Float64Array;
  private previousF = NaN;
  private readonly step: Float64Array;
  private readonly objective: Objective;
  private readonly rules: Required<StopRules>;
  private readonly schedule: Schedule | null;
  private readonly optimizer: GradientTransformation<any> | null;
  private state: unknown;
  private readonly armijo: Required<ArmijoOptions> | null;
  private readonly phi: ((alpha: number) => number) | null;
  private readonly recorder: TrajectoryRecorder | null;

  constructor(objective: Objective, x0: StartingPoint, options: DescentOptions) {
    if (typeof objective !== 'function') throw new RangeError(`objective must be a function; received ${shown(objective)}.`);
    if (options === null || typeof options !== 'object') throw new RangeError(`options must be an object; received ${shown(options)}.`);
    const { learningRate, optimizer } = options;
    if ((learningRate === undefined) === (optimizer === undefined)) {
      throw new RangeError(
        learningRate === undefined
          ? 'learningRate is required when no optimizer is given; received undefined.'
          : 'give either learningRate or optimizer, not both (the optimizer carries its own learning rate).',
      );
    }
    this.objective = objective;
    this.x = startingPoint('x0', x0);
    if (beyondLimit(this.x)) throw new RangeError(`x0 must have components within ±${shown(DIVERGENCE_LIMIT)}; received [${Array.from(this.x, shown).join(', ')}].`);
    this.n = this.x.length;
    this.gradient = new Float64Array(this.n);
    this.previousX = new Float64Array(this.n);
    this.previousGradient = new Float64Array(this.n);
    this.step = new Float64Array(this.n);
    this.rules = resolveStopRules(options.stop);
    this.schedule = learningRate === undefined ? null : toSchedule(learningRate);
    this.optimizer = optimizer ?? null;
    this.armijo = options.lineSearch === undefined ? null : resolveArmijo(options.lineSearch);
    const cap = trajectoryCap(options.trajectory);
    this.recorder = cap > 0 ? new TrajectoryRecorder(cap) : null;
    this.phi = this.armijo === null ? null : (alpha) => this.probe(alpha);

    this.f = this.evaluate();
    if (!Number.isFinite(this.f) || beyondLimit(this.gradient) || !(Math.abs(this.f) <= DIVERGENCE_LIMIT)) {
      throw new RangeError(`x0 must be a point where f and its gradient are finite; received f = ${shown(this.f)}, gradient = [${Array.from(this.gradient, shown).join(', ')}].`);
    }
    if (this.optimizer !== null) this.state = this.optimizer.init(Float64Array.from(this.x));
    this.recorder?.add(this.point());

    const norm = gradientNorm(this.gradient);
    if (norm < this.rules.gradientNorm) {
      this.end('gradientNorm', `Converged at the start: ‖∇f(x_0)‖ = ${shown(norm)} < gradientNorm ${shown(this.rules.gradientNorm)}.`);
    } else if (this.rules.maxSteps === 0) {
      this.end('maxSteps', 'Took no step: maxSteps is 0.');
    }
  }

  /** Takes step k + 1, or ends the run. */
  advance(): void {
    this.moved = false;
    const k = this.k + 1;
    const { n, step } = this;
    if (this.optimizer === null) {
      const rate = rateAt(this.schedule as Schedule, k - 1);
      for (let i = 0; i < n; i++) step[i] = rate * (this.gradient[i] as number);
    } else {
      const { updates, state } = this.optimizer.update(this.gradient, this.state, this.x);
      sameLength('optimizer updates', updates.length, n);
      step.set(updates);
      this.state = state;
    }

    this.swap();
    if (this.armijo === null || !this.lineSearch()) {
      for (let i = 0; i < n; i++) this.x[i] = (this.previousX[i] as number) - (step[i] as number);
      if (beyondLimit(this.x)) return this.diverge(k, 'an iterate component became non-finite or exceeded 1e100');
      this.f = this.evaluate();
    } else if (this.ending !== null) {
      return;
    }

    if (!(Math.abs(this.f) <= DIVERGENCE_LIMIT)) return this.diverge(k, `f became ${shown(this.f)}`);
    if (beyondLimit(this.gradient)) return this.diverge(k, 'a gradient component became non-finite or exceeded 1e100');

    this.k = k;
    this.moved = true;
    this.recorder?.add(this.point());
    const rule = firedRule(this.rules, k, step, this.gradient, this.f, this.previousF);
    if (rule !== null) this.end(rule, this.describe(rule));
  }

  /** The current iterate as a trajectory point (allocates). */
  point(): TrajectoryPoint {
    return {
      k: this.k,
      x: toArray(this.x),
      f: this.f,
      gradient: toArray(this.gradient),
      step: this.k === 0 ? new Array<number>(this.n).fill(0) : toArray(this.step),
    };
  }

  result(): Result {
    const ending = this.ending;
    if (ending === null) throw new Error('the run has not ended');
    const result: Result = {
      x: Float64Array.from(this.x),
      f: this.f,
      gradient: Float64Array.from(this.gradient),
      iterations: this.k,
      evaluations: this.evaluations,
      reason: reasonFor(ending.rule),
      rule: ending.rule,
      message: ending.message,
    };
    if (ending.divergedAt !== undefined) result.divergedAt = ending.divergedAt;
    if (this.recorder !== null) result.trajectory = this.recorder.points();
    return result;
  }

  private evaluate(): number {
    this.evaluations++;
    return this.objective(this.x, this.gradient);
  }

  /** Makes the current iterate the previous one; x, gradient and f are then free to overwrite. */
  private swap(): void {
    this.exchange();
    this.previousF = this.f;
  }

  /** Undoes {@link swap}: the previous iterate becomes current again. */
  private unswap(): void {
    this.exchange();
    this.f = this.previousF;
  }

  private exchange(): void {
    const x = this.x;
    this.x = this.previousX;
    this.previousX = x;
    const gradient = this.gradient;
    this.gradient = this.previousGradient;
    this.previousGradient = gradient;
  }

  /** φ(α) = f(x_{k−1} − α s), leaving x, gradient and f at the trial point. */
  private probe(alpha: number): number {
    const { n, x, previousX, step } = this;
    for (let i = 0; i < n; i++) x[i] = (previousX[i] as number) - alpha * (step[i] as number);
    if (beyondLimit(x)) return (this.f = Infinity);
    this.f = this.evaluate();
    return Number.isFinite(this.f) ? this.f : Infinity;
  }

  /**
   * Backtracks along the step. Returns false when the step is not a descent direction (the caller
   * then takes it unchanged). On success x, gradient, f and step describe the accepted point;
   * on failure the run ends at the previous iterate.
   */
  private lineSearch(): boolean {
    const { n, step, previousGradient } = this;
    let slope = 0;
    for (let i = 0; i < n; i++) slope -= (previousGradient[i] as number) * (step[i] as number);
    if (!(slope < 0)) return false;
    const { c, shrink, maxBacktracks } = this.armijo as Required<ArmijoOptions>;
    const alpha = backtrack(this.phi as (alpha: number) => number, this.previousF, slope, 1, c, shrink, maxBacktracks);
    if (alpha === 0) {
      this.unswap();
      this.end('minStepSize', `Stopped after ${this.k} steps: the line search found no point along step ${this.k + 1} that decreases f enough, after ${maxBacktracks} backtracks.`);
      return true;
    }
    // The last probe was at alpha, so x, gradient and f already hold the accepted point.
    if (alpha !== 1) for (let i = 0; i < n; i++) step[i] = alpha * (step[i] as number);
    return true;
  }

  private diverge(k: number, what: string): void {
    this.unswap();
    this.ending = {
      rule: 'diverged',
      divergedAt: k,
      message: `Diverged at step ${k}: ${what}. The result is the last finite iterate, step ${k - 1}.`,
    };
  }

  private end(rule: StopRuleName, message: string): void {
    this.ending = { rule, message };
  }

  private describe(rule: StopRuleName): string {
    const { k, rules } = this;
    switch (rule) {
      case 'gradientNorm':
        return `Converged after ${k} steps: ‖∇f‖ = ${shown(gradientNorm(this.gradient))} < gradientNorm ${shown(rules.gradientNorm)}.`;
      case 'minStepSize':
        return `Stopped after ${k} steps: the step size ${shown(stepSize(this.step))} < minStepSize ${shown(rules.minStepSize)}.`;
      case 'relativeChange':
        return `Stopped after ${k} steps: the relative change in f ${shown(relativeChange(this.f, this.previousF))} < relativeChange ${shown(rules.relativeChange)}.`;
      default:
        return `Reached maxSteps = ${k} before any other stop rule fired.`;
    }
  }
}
