// What every runner shares: the checks of the start, the ending of a run with its message, and the
// Result. Gradient and mini-batch descent (descent.ts) and BFGS (bfgs.ts) use it. Not re-exported
// from index.ts.
import { beyondLimit, DIVERGENCE_LIMIT, gradientNorm, reasonFor, relativeChange, stepSize, type StopRules } from './stop.ts';
import type { TrajectoryRecorder } from './trajectory.ts';
import type { Objective, Result, StopRuleName } from './types.ts';
import { shown, startingPoint } from './validate.ts';

/** A starting point: a number (one dimension), an array of numbers or a Float64Array. */
export type StartingPoint = number | readonly number[] | Float64Array;

/** How a run ended. */
export interface Ending {
  rule: StopRuleName;
  message: string;
  divergedAt?: number;
}

/**
 * Checks the objective and the options object, and copies x0 into a fresh Float64Array.
 *
 * @throws RangeError when the objective is not a function, the options are not an object, or x0 is
 * empty, not finite or beyond {@link DIVERGENCE_LIMIT}.
 */
export function start(objective: unknown, x0: StartingPoint, options: unknown): Float64Array {
  if (typeof objective !== 'function') throw new RangeError(`objective must be a function; received ${shown(objective)}.`);
  if (options === null || typeof options !== 'object') throw new RangeError(`options must be an object; received ${shown(options)}.`);
  const x = startingPoint('x0', x0);
  if (beyondLimit(x)) throw new RangeError(`x0 must have components within ±${shown(DIVERGENCE_LIMIT)}; received [${listed(x)}].`);
  return x;
}

/**
 * Evaluates the objective at the start and checks the value.
 *
 * @throws RangeError when f or a component of ∇f at x0 is not finite or beyond {@link DIVERGENCE_LIMIT}.
 */
export function evaluateStart(objective: Objective, x: Float64Array, gradient: Float64Array): number {
  const f = objective(x, gradient);
  if (!(Math.abs(f) <= DIVERGENCE_LIMIT) || beyondLimit(gradient)) {
    throw new RangeError(`x0 must be a point where f and its gradient are finite; received f = ${shown(f)}, gradient = [${listed(gradient)}].`);
  }
  return f;
}

/** The ending at x_0 before any step: the gradient-norm rule, or a budget of 0 steps; else null. */
export function startEnding(rules: Required<StopRules>, gradient: Float64Array): Ending | null {
  const norm = gradientNorm(gradient);
  if (norm < rules.gradientNorm) {
    return { rule: 'gradientNorm', message: `Converged at the start: ‖∇f(x_0)‖ = ${shown(norm)} < gradientNorm ${shown(rules.gradientNorm)}.` };
  }
  if (rules.maxSteps === 0) return { rule: 'maxSteps', message: 'Took no step: maxSteps is 0.' };
  return null;
}

/** The ending when `rule` fired after step k; `step` is x_{k−1} − x_k. */
export function stopEnding(
  rule: StopRuleName,
  k: number,
  rules: Required<StopRules>,
  gradient: Float64Array,
  step: Float64Array,
  f: number,
  previousF: number,
): Ending {
  switch (rule) {
    case 'gradientNorm':
      return { rule, message: `Converged after ${k} steps: ‖∇f‖ = ${shown(gradientNorm(gradient))} < gradientNorm ${shown(rules.gradientNorm)}.` };
    case 'minStepSize':
      return { rule, message: `Stopped after ${k} steps: the step size ${shown(stepSize(step))} < minStepSize ${shown(rules.minStepSize)}.` };
    case 'relativeChange':
      return { rule, message: `Stopped after ${k} steps: the relative change in f ${shown(relativeChange(f, previousF))} < relativeChange ${shown(rules.relativeChange)}.` };
    default:
      return { rule: 'maxSteps', message: `Reached maxSteps = ${k} before any other stop rule fired.` };
  }
}

/** The ending of a mini-batch run that made all its updates, k = epochs × perEpoch. */
export function epochsEnding(k: number, perEpoch: number): Ending {
  return { rule: 'maxSteps', message: `Ran ${k / perEpoch} epochs of ${perEpoch} batches: ${k} updates.` };
}

/** The ending when the line search along step k found no acceptable point. */
export function searchFailed(k: number, detail: string): Ending {
  return { rule: 'minStepSize', message: `Stopped after ${k - 1} steps: the line search found no point along step ${k} that decreases f enough${detail}.` };
}

/**
 * The ending when iterate k failed the divergence check: `what` says how. `unit` names a step
 * ("step", or "update" for mini-batches) and `where` adds to it (the epoch).
 */
export function divergence(k: number, what: string, unit = 'step', where = ''): Ending {
  const previous = Math.max(k - 1, 0);
  const last = unit === 'step' ? `step ${previous}` : `x_${previous}`;
  return { rule: 'diverged', divergedAt: k, message: `Diverged at ${unit} ${k}${where}: ${what}. The result is the last finite iterate, ${last}.` };
}

/** The reasons a check of iterate k fails, for {@link divergence}. */
export const failure = {
  x: (k: number) => `a component of x_${k} is not finite or beyond ±${shown(DIVERGENCE_LIMIT)}`,
  f: (k: number, f: number) => `f(x_${k}) is ${shown(f)}`,
  gradient: (k: number) => `a component of ∇f(x_${k}) is not finite or beyond ±${shown(DIVERGENCE_LIMIT)}`,
  batch: (k: number, loss: number) => `the batch loss at x_${k} is ${shown(loss)}, or its gradient is not finite or beyond ±${shown(DIVERGENCE_LIMIT)}`,
};

/** The Result of a run that ended at iterate k; copies x and gradient. */
export function resultOf(
  ending: Ending,
  k: number,
  x: Float64Array,
  f: number,
  gradient: Float64Array,
  evaluations: number,
  recorder: TrajectoryRecorder | null,
): Result {
  const result: Result = {
    x: Float64Array.from(x),
    f,
    gradient: Float64Array.from(gradient),
    iterations: k,
    evaluations,
    reason: reasonFor(ending.rule),
    rule: ending.rule,
    message: ending.message,
  };
  if (ending.divergedAt !== undefined) result.divergedAt = ending.divergedAt;
  if (recorder !== null) result.trajectory = recorder.points();
  return result;
}

function listed(values: Float64Array): string {
  return Array.from(values, shown).join(', ');
}
