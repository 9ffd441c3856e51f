import type { Reason, StopRuleName } from './types.ts';
import { integer, MAX_STEPS_LIMIT, nonNegative, shown } from './validate.ts';

export { MAX_STEPS_LIMIT };

/**
 * When a run ends. Rules are checked after each step, in this order, and the first that fires
 * names the outcome:
 *
 * 1. `gradientNorm`: {@link gradientNorm}(∇f(x_k)) < tol → `converged` (also checked at x_0);
 * 2. `minStepSize`: {@link stepSize}(x_k − x_{k−1}) < tol → `stopped`;
 * 3. `relativeChange`: {@link relativeChange}(f_k, f_{k−1}) < tol → `stopped`;
 * 4. `maxSteps`: k = maxSteps → `max-steps`.
 *
 * Tolerances are finite and ≥ 0; an absent tolerance (or 0) never fires.
 */
export interface StopRules {
  /** Step budget: an integer from 0 to {@link MAX_STEPS_LIMIT}; default {@link DEFAULT_MAX_STEPS}. */
  maxSteps?: number;
  /** Stop once the largest component of a step is smaller than this. */
  minStepSize?: number;
  /** Converged once the Euclidean norm of the gradient is smaller than this. */
  gradientNorm?: number;
  /** Stop once |f_k − f_{k−1}| / max(|f_{k−1}|, 1e-300) is smaller than this. */
  relativeChange?: number;
}

/** Step budget when `maxSteps` is not given, so that no run goes on for ever. */
export const DEFAULT_MAX_STEPS = 10_000;

/**
 * Divergence threshold: a run has diverged once f, a component of x or a component of ∇f is not
 * finite or exceeds this in magnitude. 1e100 is far beyond any sensible iterate, yet squares of
 * such values (as in a norm or a quadratic loss) still do not overflow.
 */
export const DIVERGENCE_LIMIT = 1e100;

const RULE_NAMES: readonly string[] = ['maxSteps', 'minStepSize', 'gradientNorm', 'relativeChange'];

/**
 * Checks stop rules and fills in the defaults (`maxSteps` {@link DEFAULT_MAX_STEPS}, tolerances 0).
 *
 * @throws RangeError for an unknown rule name, a `maxSteps` that is not an integer from 0 to
 * {@link MAX_STEPS_LIMIT}, or a tolerance that is negative or not finite.
 */
export function resolveStopRules(stop: StopRules = {}): Required<StopRules> {
  for (const key of Object.keys(stop)) {
    if (!RULE_NAMES.includes(key)) {
      throw new RangeError(`stop has no rule named ${shown(key)}; the rules are ${RULE_NAMES.join(', ')}.`);
    }
  }
  return {
    maxSteps: integer('stop.maxSteps', stop.maxSteps ?? DEFAULT_MAX_STEPS, 0, MAX_STEPS_LIMIT),
    minStepSize: nonNegative('stop.minStepSize', stop.minStepSize ?? 0),
    gradientNorm: nonNegative('stop.gradientNorm', stop.gradientNorm ?? 0),
    relativeChange: nonNegative('stop.relativeChange', stop.relativeChange ?? 0),
  };
}

/**
 * The size of a step as the `minStepSize` rule measures it: the largest absolute component
 * (max-norm). In one dimension this is |step|; in several it asks that every parameter moved less
 * than the tolerance.
 */
export function stepSize(step: ArrayLike<number>): number {
  let size = 0;
  for (let i = 0; i < step.length; i++) {
    const s = Math.abs(step[i] ?? NaN);
    if (!(s <= size)) size = s;
  }
  return size;
}

/** The Euclidean norm ‖g‖₂, as the `gradientNorm` rule measures the gradient. */
export function gradientNorm(gradient: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < gradient.length; i++) {
    const g = gradient[i] ?? NaN;
    sum += g * g;
  }
  return Math.sqrt(sum);
}

/** |f − previous| / max(|previous|, 1e-300), as the `relativeChange` rule measures progress. */
export function relativeChange(f: number, previous: number): number {
  return Math.abs(f - previous) / Math.max(Math.abs(previous), 1e-300);
}

/** True when any component is not finite or exceeds {@link DIVERGENCE_LIMIT} in magnitude. */
export function beyondLimit(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) {
    if (!(Math.abs(values[i] ?? NaN) <= DIVERGENCE_LIMIT)) return true;
  }
  return false;
}

/** f at the latest iterate and at the one before, as {@link firedRule} reads them. */
export interface Values {
  readonly f: number;
  readonly previousF: number;
}

/**
 * The rule that ends a run after step k, or null to go on. `step` is x_{k−1} − x_k. A tolerance
 * of 0 is not measured. Allocates nothing: f values come in an object, because V8 boxes a number
 * passed to a call it does not inline.
 */
export function firedRule(
  rules: Required<StopRules>,
  k: number,
  step: ArrayLike<number>,
  gradient: ArrayLike<number>,
  values: Values,
): StopRuleName | null {
  if (rules.gradientNorm > 0 && gradientNorm(gradient) < rules.gradientNorm) return 'gradientNorm';
  if (rules.minStepSize > 0 && stepSize(step) < rules.minStepSize) return 'minStepSize';
  if (rules.relativeChange > 0 && relativeChange(values.f, values.previousF) < rules.relativeChange) return 'relativeChange';
  if (k >= rules.maxSteps) return 'maxSteps';
  return null;
}

/** The {@link Reason} reported for a rule. */
export function reasonFor(rule: StopRuleName): Reason {
  switch (rule) {
    case 'gradientNorm':
      return 'converged';
    case 'minStepSize':
    case 'relativeChange':
      return 'stopped';
    case 'maxSteps':
      return 'max-steps';
    case 'diverged':
      return 'diverged';
  }
}
