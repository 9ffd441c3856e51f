import { integer, nonNegative, openFraction, positive, shown } from './validate.ts';

/**
 * A learning-rate schedule: the rate to use for an update, given how many updates came before it
 * (0 for the first update of a run).
 */
export type Schedule = (step: number) => number;

/** A fixed learning rate or a {@link Schedule}. */
export type LearningRate = number | Schedule;

/**
 * The same rate at every step: η_t = rate.
 *
 * @throws RangeError if `rate` is not a finite number greater than 0.
 */
export function constant(rate: number): Schedule {
  positive('rate', rate);
  return () => rate;
}

/**
 * Piecewise-constant decay: η_t = initial · factor^⌊t / every⌋ (the rate drops by `factor` every
 * `every` steps).
 *
 * @param initial - rate for the first `every` steps, > 0
 * @param factor - multiplier applied at each drop, in (0, 1)
 * @param every - steps between drops, a positive integer
 * @throws RangeError for any argument outside those ranges.
 */
export function stepDecay(initial: number, factor: number, every: number): Schedule {
  positive('initial', initial);
  openFraction('factor', factor);
  integer('every', every, 1, Number.MAX_SAFE_INTEGER);
  return (t) => initial * factor ** Math.floor(t / every);
}

/**
 * Smooth exponential decay: η_t = initial · rate^(t / decaySteps).
 *
 * @param initial - rate at t = 0, > 0
 * @param rate - decay per `decaySteps` steps, in (0, 1)
 * @param decaySteps - steps over which the rate shrinks by `rate`; > 0, default 1
 * @throws RangeError for any argument outside those ranges.
 */
export function exponentialDecay(initial: number, rate: number, decaySteps = 1): Schedule {
  positive('initial', initial);
  openFraction('rate', rate);
  positive('decaySteps', decaySteps);
  return (t) => initial * rate ** (t / decaySteps);
}

/**
 * Inverse-time decay: η_t = initial / (1 + decayRate · t / decaySteps).
 *
 * @param initial - rate at t = 0, > 0
 * @param decayRate - ≥ 0 (0 gives a constant rate)
 * @param decaySteps - > 0, default 1
 * @throws RangeError for any argument outside those ranges.
 */
export function inverseTimeDecay(initial: number, decayRate: number, decaySteps = 1): Schedule {
  positive('initial', initial);
  nonNegative('decayRate', decayRate);
  positive('decaySteps', decaySteps);
  return (t) => initial / (1 + (decayRate * t) / decaySteps);
}

/**
 * Linear warm-up, then another schedule. With peak = after(0) and n = `steps`:
 * η_t = peak · (t + 1) / (n + 1) for t < n, then η_t = after(t − n).
 * The ramp starts above zero (a zero first step would stop a run on a step-size rule at once) and
 * meets `after` without a plateau.
 *
 * @param steps - length of the ramp, a non-negative integer
 * @param after - the rate or schedule that takes over once the ramp ends
 * @throws RangeError if `steps` is not a non-negative integer or `after` is not a valid learning rate.
 */
export function warmup(steps: number, after: LearningRate): Schedule {
  integer('steps', steps, 0, Number.MAX_SAFE_INTEGER);
  const then = toSchedule(after, 'after');
  const peak = then(0);
  return (t) => (t < steps ? (peak * (t + 1)) / (steps + 1) : then(t - steps));
}

/**
 * Turns a learning rate into a schedule, checking it: a number must be finite and > 0; a schedule
 * must give such a number for its first step.
 *
 * @param name - the parameter name used in error messages
 * @throws RangeError naming `name` and the value received.
 */
export function toSchedule(rate: LearningRate, name = 'learningRate'): Schedule {
  if (typeof rate === 'function') {
    const first = rate(0);
    if (typeof first !== 'number' || !Number.isFinite(first) || first <= 0) {
      throw new RangeError(`${name} schedule must give a finite rate greater than 0 at step 0; received ${shown(first)}.`);
    }
    return rate;
  }
  positive(name, rate);
  return () => rate;
}

/**
 * Evaluates a schedule at step `t`, checking the rate it gives: finite and ≥ 0 (decays may
 * underflow to 0 late in a run).
 *
 * @throws RangeError naming `name`, the step and the rate received.
 */
export function rateAt(schedule: Schedule, t: number, name = 'learningRate'): number {
  const rate = schedule(t);
  if (!(rate >= 0 && rate < Infinity)) {
    throw new RangeError(`${name} schedule must give a finite rate ≥ 0; received ${shown(rate)} at step ${t}.`);
  }
  return rate;
}
