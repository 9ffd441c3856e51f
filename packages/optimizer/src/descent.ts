/**
 * The descent loop: gradient descent on a full-batch objective, or on a data-set objective in
 * mini-batches, with a learning rate or any {@link GradientTransformation}. Both runners below are
 * the same loop; they differ in where each step's gradient comes from and in when a run ends.
 *
 * @module
 */
import { BatchStream, MAX_EPOCHS, type BatchSplit } from './batches.ts';
import type { DatasetObjective } from './data.ts';
import { backtrack, resolveArmijo, type ArmijoOptions } from './linesearch.ts';
import {
  divergence,
  epochsEnding,
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
import { rateAt, toSchedule, type LearningRate, type Schedule } from './schedules.ts';
import { beyondLimit, DIVERGENCE_LIMIT, firedRule, resolveStopRules, type StopRules } from './stop.ts';
import { toArray, TrajectoryRecorder, trajectoryCap, type TrajectoryOptions } from './trajectory.ts';
import type { GradientTransformation } from './transforms.ts';
import type { Objective, Result, TrajectoryPoint } from './types.ts';
import { integer, MAX_STEPS_LIMIT, sameLength, shown } from './validate.ts';

export type { StartingPoint } from './run.ts';

/** How each step is made from a gradient: give exactly one of the two. */
export interface StepOptions {
  /** Rate of plain gradient descent, x_k = x_{k−1} − η_t g_k: a number > 0 or a schedule of t = k − 1. */
  learningRate?: LearningRate;
  /** The transform that turns each gradient into a step (it carries its own learning rate). */
  optimizer?: GradientTransformation<any>;
}

/** Settings of {@link gradientDescent} and {@link iterate}. */
export interface DescentOptions extends StepOptions {
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

/** Settings of {@link miniBatchDescent}: the step rule, the batches and how long to run. */
export interface MiniBatchOptions extends StepOptions, BatchSplit {
  /** Passes over the data: an integer from 0 to {@link MAX_EPOCHS}. */
  epochs: number;
  /** Seed of the generator that shuffles each epoch (see `seededRandom`). */
  seed: number;
  /**
   * Record iterates: true keeps up to 10 000 points, `{ cap }` up to `cap` (thinned evenly, as in
   * `gradientDescent`). Each update is a point whose `f` and `gradient` are the full-data loss and
   * gradient at that iterate, which costs one full evaluation per update; `step` is the vector
   * the update subtracted.
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
  /** Epochs completed by the result's iterate. */
  epochs: number;
  /** Batches (so updates) per epoch. */
  batchesPerEpoch: number;
  /** With `recordLoss`: entry u is the batch loss at x_u, on the batch that update u + 1 used. */
  batchLoss?: Float64Array;
  /** With `recordLoss`: the full loss at x_0 and after each completed epoch. */
  epochLoss?: Float64Array;
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
 * gradientDescent(f, 3, { optimizer: adam(0.1), stop: { maxSteps: 500 } }).x; // ≈ [0]
 *
 * @throws RangeError for invalid settings: learning rate, optimizer and learning rate both given or
 * both missing, stop rules, line-search or trajectory options, an empty or non-finite `x0`, a
 * non-finite f or gradient at `x0`, or updates of the wrong length.
 */
export function gradientDescent(objective: Objective, x0: StartingPoint, options: DescentOptions): Result {
  const run = fullBatch(objective, x0, options);
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
  const run = fullBatch(objective, x0, options);
  return (function* () {
    yield run.point();
    while (run.ending === null) {
      run.advance();
      if (run.moved) yield run.point();
    }
    return run.result();
  })();
}

/**
 * Mini-batch gradient descent: for each epoch, for each batch B of the epoch (see
 * `batchIndices`), one update x_u = x_{u−1} − s_u, where s_u is η ∇L_B(x_{u−1}) or the optimizer's
 * updates for that gradient, and L_B is the objective's loss over the rows of B with the
 * objective's own convention (a mean over B for `'mse'`). Iterations count updates; the run ends
 * after `epochs` epochs (reason `max-steps`). The result's `f` and `gradient` are full-data values
 * at `x`.
 *
 * With one batch of all n rows (batchSize n or batchCount 1), update u computes bit for bit what
 * step u of `gradientDescent` with the same learning rate or optimizer computes. The same seed
 * gives the same run.
 *
 * Like `gradientDescent`, a run whose iterate, batch loss or batch gradient becomes non-finite or
 * exceeds `DIVERGENCE_LIMIT` in magnitude ends with reason `diverged`; `divergedAt` is the update
 * whose iterate failed and the result is the iterate before it. No result contains NaN.
 *
 * With a learning rate and without `trajectory` and `recordLoss`, the updates allocate nothing.
 *
 * @example
 * const fit = miniBatchDescent(linearRegression(bill, tip), [0, 0], {
 *   optimizer: momentum(stepDecay(0.001, 0.5, 1000)), batchCount: 4, epochs: 10_000, seed: 42,
 * });
 * @throws {RangeError} for invalid settings (learning rate or optimizer, split, epochs, seed,
 * trajectory), an `x0` that is empty, non-finite or of the wrong length, or a full loss at `x0`
 * that is not finite.
 */
export function miniBatchDescent(objective: DatasetObjective, x0: StartingPoint, options: MiniBatchOptions): MiniBatchResult {
  if (typeof objective !== 'function' || typeof objective.batch !== 'function') {
    throw new RangeError(`objective must be a data-set objective with a batch method; received ${shown(objective)}.`);
  }
  if (options === null || typeof options !== 'object') throw new RangeError(`options must be an object; received ${shown(options)}.`);
  const batches = new BatchStream(objective, options, options.seed);
  const epochs = integer('epochs', options.epochs, 0, MAX_EPOCHS);
  const updates = epochs * batches.perEpoch;
  if (options.recordLoss === true && updates > MAX_STEPS_LIMIT) {
    throw new RangeError(`recordLoss keeps one number per update, at most ${MAX_STEPS_LIMIT}; received epochs × batches = ${updates}.`);
  }
  const { schedule, optimizer } = stepRule(options);
  const cap = trajectoryCap(options.trajectory);
  const x = start(objective, x0, options);
  sameLength('x0', x.length, objective.dimension);
  const rules = { maxSteps: updates, minStepSize: 0, gradientNorm: 0, relativeChange: 0 };
  const run = new Descent(objective, x, { rules, schedule, optimizer, armijo: null, cap }, batches, options.recordLoss === true);
  while (run.ending === null) run.advance();
  const result = run.result();
  const completed = Math.floor(result.iterations / batches.perEpoch);
  const shape: MiniBatchResult = { ...result, epochs: completed, batchesPerEpoch: batches.perEpoch };
  if (run.batchLoss !== null && run.epochLoss !== null) {
    shape.batchLoss = run.batchLoss.slice(0, result.divergedAt ?? result.iterations);
    shape.epochLoss = run.epochLoss.slice(0, completed + 1);
  }
  return shape;
}

interface Settings {
  rules: Required<StopRules>;
  schedule: Schedule | null;
  optimizer: GradientTransformation<any> | null;
  armijo: Required<ArmijoOptions> | null;
  cap: number;
}

function fullBatch(objective: Objective, x0: StartingPoint, options: DescentOptions): Descent {
  const x = start(objective, x0, options);
  const { schedule, optimizer } = stepRule(options);
  const rules = resolveStopRules(options.stop);
  const armijo = options.lineSearch === undefined ? null : resolveArmijo(options.lineSearch);
  return new Descent(objective, x, { rules, schedule, optimizer, armijo, cap: trajectoryCap(options.trajectory) }, null, false);
}

/** Reads `learningRate` or `optimizer`, exactly one of which must be given. */
function stepRule(options: StepOptions): Pick<Settings, 'schedule' | 'optimizer'> {
  const { learningRate, optimizer } = options;
  if ((learningRate === undefined) === (optimizer === undefined)) {
    throw new RangeError(
      learningRate === undefined
        ? 'learningRate is required when no optimizer is given; received undefined.'
        : 'give either learningRate or optimizer, not both (the optimizer carries its own learning rate).',
    );
  }
  if (optimizer !== undefined && (typeof optimizer !== 'object' || optimizer === null || typeof optimizer.update !== 'function')) {
    throw new RangeError(`optimizer must be a GradientTransformation with init and update; received ${shown(optimizer)}.`);
  }
  return { schedule: learningRate === undefined ? null : toSchedule(learningRate), optimizer: optimizer ?? null };
}

/**
 * One run. `x`, `f` and `gradient` describe iterate k; on full batches ∇f(x_k) is also the
 * gradient of the next step, on mini-batches that is the next batch's gradient, `batchGradient`.
 * On mini-batches `f` and `gradient` are evaluated only where something needs them (a trajectory
 * point, the epoch's loss, the result).
 */
class Descent {
  readonly n: number;
  x: Float64Array;
  gradient: Float64Array;
  f = NaN;
  k = 0;
  evaluations = 0;
  ending: Ending | null = null;
  /** Whether the last call to advance produced a new iterate. */
  moved = false;
  /** With `recordLoss` on mini-batches: the batch loss at x_u, and the full loss after each epoch. */
  readonly batchLoss: Float64Array | null = null;
  readonly epochLoss: Float64Array | null = null;

  private previousX: Float64Array;
  private previousGradient: Float64Array;
  previousF = NaN;
  private readonly step: Float64Array;
  private readonly objective: Objective;
  private readonly settings: Settings;
  private state: unknown;
  private readonly phi: ((alpha: number) => number) | null;
  private readonly recorder: TrajectoryRecorder | null;
  private readonly batches: BatchStream | null;
  private batchGradient: Float64Array;
  /** The latest batch loss, written by the objective (a returned number would be boxed). */
  private readonly loss = new Float64Array(1);

  constructor(objective: Objective, x: Float64Array, settings: Settings, batches: BatchStream | null, recordLoss: boolean) {
    this.objective = objective;
    this.settings = settings;
    this.batches = batches;
    this.x = x;
    this.n = x.length;
    this.gradient = new Float64Array(this.n);
    this.previousX = new Float64Array(this.n);
    this.previousGradient = new Float64Array(this.n);
    this.step = new Float64Array(this.n);
    this.batchGradient = batches === null ? this.gradient : new Float64Array(this.n);
    this.recorder = settings.cap > 0 ? new TrajectoryRecorder(settings.cap) : null;
    this.phi = settings.armijo === null ? null : (alpha) => this.probe(alpha);
    if (batches !== null && recordLoss) {
      this.batchLoss = new Float64Array(settings.rules.maxSteps);
      this.epochLoss = new Float64Array(settings.rules.maxSteps / batches.perEpoch + 1);
    }

    this.evaluations = 1;
    this.f = evaluateStart(objective, this.x, this.gradient);
    if (settings.optimizer !== null) this.state = settings.optimizer.init(Float64Array.from(this.x));
    this.recorder?.add(this.point());
    if (this.epochLoss !== null) this.epochLoss[0] = this.f;
    const ending = startEnding(settings.rules, this.gradient);
    if (ending !== null) this.end(ending);
    else if (batches !== null) this.nextBatch(0);
  }

  /** Takes step k + 1, or ends the run. */
  advance(): void {
    this.moved = false;
    const k = this.k + 1;
    this.makeStep(k);
    this.swap();
    if (this.settings.armijo === null || !this.lineSearch(k)) {
      const { n, x, previousX, step } = this;
      for (let i = 0; i < n; i++) x[i] = (previousX[i] as number) - (step[i] as number);
      if (beyondLimit(x)) return this.diverge(k, failure.x(k));
      if (this.batches === null) this.f = this.evaluate();
    } else if (this.ending !== null) {
      return;
    }
    if (this.batches === null ? !this.checked(k) : !this.batchesAt(k)) return;

    this.k = k;
    this.moved = true;
    this.recorder?.add(this.point());
    const { rules } = this.settings;
    const rule = firedRule(rules, k, this.step, this.gradient, this);
    if (rule !== null) this.end(stopEnding(rule, k, rules, this.gradient, this.step, this.f, this.previousF));
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

  /** The Result; on mini-batches it evaluates the full loss at the result first. */
  result(): Result {
    if (this.ending === null) throw new Error('the run has not ended');
    if (this.batches !== null) this.f = this.evaluate();
    return resultOf(this.ending, this.k, this.x, this.f, this.gradient, this.evaluations, this.recorder);
  }

  /** Writes s_k, from the gradient at x_{k−1}, into `step`. */
  private makeStep(k: number): void {
    const { n, step, batchGradient: g } = this;
    const { optimizer, schedule } = this.settings;
    if (optimizer === null) {
      const rate = rateAt(schedule as Schedule, k - 1);
      for (let i = 0; i < n; i++) step[i] = rate * (g[i] as number);
    } else {
      const { updates, state } = optimizer.update(g, this.state, this.x);
      sameLength('optimizer updates', updates.length, n);
      step.set(updates);
      this.state = state;
    }
  }

  private evaluate(): number {
    this.evaluations++;
    return this.objective(this.x, this.gradient);
  }

  /** Whether f and ∇f at x_k pass the divergence checks; ends the run if not. */
  private checked(k: number): boolean {
    if (!(Math.abs(this.f) <= DIVERGENCE_LIMIT)) return this.diverge(k, failure.f(k, this.f)), false;
    if (beyondLimit(this.gradient)) return this.diverge(k, failure.gradient(k)), false;
    return true;
  }

  /**
   * On mini-batches, after update k: the full loss where it is recorded, then the next batch's
   * gradient at x_k. False if a check failed (the run has ended).
   */
  private batchesAt(k: number): boolean {
    const batches = this.batches as BatchStream;
    const endOfEpoch = k % batches.perEpoch === 0;
    if (this.recorder !== null || (this.epochLoss !== null && endOfEpoch)) {
      this.f = this.evaluate();
      if (!this.checked(k)) return false;
      if (this.epochLoss !== null && endOfEpoch) this.epochLoss[k / batches.perEpoch] = this.f;
    }
    return k === this.settings.rules.maxSteps || this.nextBatch(k);
  }

  /** Evaluates the next batch at x_k into `batchGradient`; false if it diverged (the run has ended). */
  private nextBatch(k: number): boolean {
    const { loss, batchGradient } = this;
    (this.batches as BatchStream).evaluate(this.x, batchGradient, loss);
    this.evaluations++;
    const value = loss[0] as number;
    if (!(Math.abs(value) <= DIVERGENCE_LIMIT) || beyondLimit(batchGradient)) return this.diverge(k, failure.batch(k, value)), false;
    if (this.batchLoss !== null) this.batchLoss[k] = value;
    return true;
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
    if (this.batches === null) this.batchGradient = this.gradient;
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
   * Backtracks along step k. Returns false when the step is not a descent direction (the caller
   * then takes it unchanged). On success x, gradient, f and step describe the accepted point;
   * on failure the run ends at the previous iterate.
   */
  private lineSearch(k: number): boolean {
    const { n, step, previousGradient } = this;
    let slope = 0;
    for (let i = 0; i < n; i++) slope -= (previousGradient[i] as number) * (step[i] as number);
    if (!(slope < 0)) return false;
    const { c, shrink, maxBacktracks } = this.settings.armijo as Required<ArmijoOptions>;
    const alpha = backtrack(this.phi as (alpha: number) => number, this.previousF, slope, 1, c, shrink, maxBacktracks);
    if (alpha === 0) {
      this.unswap();
      this.end(searchFailed(k, `, after ${maxBacktracks} backtracks`));
      return true;
    }
    // The last probe was at alpha, so x, gradient and f already hold the accepted point.
    if (alpha !== 1) for (let i = 0; i < n; i++) step[i] = alpha * (step[i] as number);
    return true;
  }

  /** Ends the run at x_{k−1} because x_k failed a check (at k = 0, the start's first batch). */
  private diverge(k: number, what: string): void {
    if (k > 0) this.unswap();
    const batches = this.batches;
    this.ending =
      batches === null ? divergence(k, what) : divergence(k, what, 'update', ` (epoch ${Math.floor(Math.max(k - 1, 0) / batches.perEpoch) + 1})`);
  }

  private end(ending: Ending): void {
    const batches = this.batches;
    this.ending = batches !== null && ending.rule === 'maxSteps' ? epochsEnding(this.k, batches.perEpoch) : ending;
  }
}
