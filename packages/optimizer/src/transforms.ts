import { rateAt, toSchedule, type LearningRate } from './schedules.ts';
import { fraction, nonNegative, positive, sameLength } from './validate.ts';

/**
 * One composable piece of an optimizer, in the manner of optax.
 *
 * `update` maps a gradient (or the updates of the previous piece in a {@link chain}) to updates,
 * and returns a new state. Updates are the step itself: the runner moves to params − updates
 * (optax adds its updates instead; the sign convention here matches x_k = x_{k−1} − s).
 *
 * Transforms are pure: `update` never mutates its arguments or an earlier state, and never keeps a
 * reference to the arrays it receives (the runner reuses them).
 */
export interface GradientTransformation<S> {
  /** The state before the first update, for parameters shaped like `params`. */
  init(params: Float64Array): S;
  /** The updates for this gradient and the state that follows. */
  update(gradient: Float64Array, state: S, params: Float64Array): { updates: Float64Array; state: S };
}

/** State of {@link scaleByLearningRate}: the number of updates made so far. */
export interface ScheduleState {
  readonly count: number;
}

/** State of {@link trace}: the running velocity. */
export interface TraceState {
  readonly trace: Float64Array;
}

/** State of {@link scaleByAdagrad}: the running sum of squared gradients. */
export interface AdagradState {
  readonly sumOfSquares: Float64Array;
}

/** State of {@link scaleByRms}: the moving average of squared gradients. */
export interface RmsState {
  readonly nu: Float64Array;
}

/** State of {@link scaleByAdam}: update count and the two moment estimates. */
export interface AdamState {
  readonly count: number;
  readonly mu: Float64Array;
  readonly nu: Float64Array;
}

/** The states of the transforms in a {@link chain}, in order. */
export type ChainState<T extends readonly GradientTransformation<unknown>[]> = {
  readonly [K in keyof T]: T[K] extends GradientTransformation<infer S> ? S : never;
};

/**
 * Runs transforms one after another: each receives the updates of the one before.
 * The state is the tuple of their states.
 *
 * @example
 * const heavyBall = chain(trace(0.9), scaleByLearningRate(0.01)); // same as momentum(0.01, 0.9)
 */
export function chain<T extends readonly GradientTransformation<any>[]>(
  ...transforms: T
): GradientTransformation<ChainState<T>> {
  return {
    init: (params) => transforms.map((t) => t.init(params)) as unknown as ChainState<T>,
    update(gradient, state, params) {
      const states = state as readonly unknown[];
      sameLength('chain state', states.length, transforms.length);
      let updates = gradient;
      const next: unknown[] = [];
      transforms.forEach((t, i) => {
        const out = t.update(updates, states[i], params);
        updates = out.updates;
        next.push(out.state);
      });
      return { updates, state: next as unknown as ChainState<T> };
    },
  };
}

/**
 * Multiplies the updates by the learning rate: u ← η_t · u, where t is the number of updates
 * already made (kept in the state).
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @throws RangeError if the learning rate is invalid, now or (for a schedule) at any step.
 */
export function scaleByLearningRate(learningRate: LearningRate): GradientTransformation<ScheduleState> {
  const schedule = toSchedule(learningRate);
  return {
    init: () => ({ count: 0 }),
    update(gradient, state) {
      const rate = rateAt(schedule, state.count);
      const updates = new Float64Array(gradient.length);
      for (let i = 0; i < gradient.length; i++) updates[i] = rate * (gradient[i] ?? NaN);
      return { updates, state: { count: state.count + 1 } };
    },
  };
}

/**
 * Momentum: v_k = g_k + β v_{k−1}; updates = v_k, or g_k + β v_k with `nesterov`.
 * Scale the result by a learning rate to obtain heavy-ball (Polyak 1964) or Nesterov momentum
 * (Nesterov 1983, in the form of Sutskever et al. 2013).
 *
 * @param decay - β, in [0, 1)
 * @param nesterov - look ahead along the velocity; default false
 * @throws RangeError if `decay` is outside [0, 1).
 */
export function trace(decay: number, nesterov = false): GradientTransformation<TraceState> {
  fraction('decay', decay);
  return {
    init: (params) => ({ trace: new Float64Array(params.length) }),
    update(gradient, state) {
      sameLength('gradient', gradient.length, state.trace.length);
      const velocity = new Float64Array(gradient.length);
      const updates = nesterov ? new Float64Array(gradient.length) : velocity;
      for (let i = 0; i < gradient.length; i++) {
        const g = gradient[i] ?? NaN;
        const v = g + decay * (state.trace[i] ?? NaN);
        velocity[i] = v;
        if (nesterov) updates[i] = g + decay * v;
      }
      return { updates, state: { trace: velocity } };
    },
  };
}

/**
 * Adagrad scaling (Duchi, Hazan & Singer 2011): G_k = G_{k−1} + g_k²;
 * updates = g_k / (√G_k + ε), element-wise, with G_0 = `initialAccumulator`.
 *
 * @param eps - ε > 0, default 1e-10
 * @param initialAccumulator - G_0 ≥ 0, default 0
 * @throws RangeError for arguments outside those ranges.
 */
export function scaleByAdagrad(eps = 1e-10, initialAccumulator = 0): GradientTransformation<AdagradState> {
  positive('eps', eps);
  nonNegative('initialAccumulator', initialAccumulator);
  return {
    init: (params) => ({ sumOfSquares: new Float64Array(params.length).fill(initialAccumulator) }),
    update(gradient, state) {
      sameLength('gradient', gradient.length, state.sumOfSquares.length);
      const sum = new Float64Array(gradient.length);
      const updates = new Float64Array(gradient.length);
      for (let i = 0; i < gradient.length; i++) {
        const g = gradient[i] ?? NaN;
        const s = (state.sumOfSquares[i] ?? NaN) + g * g;
        sum[i] = s;
        updates[i] = g / (Math.sqrt(s) + eps);
      }
      return { updates, state: { sumOfSquares: sum } };
    },
  };
}

/**
 * RMSProp scaling (Tieleman & Hinton 2012, Coursera lecture 6.5): ν_k = ρ ν_{k−1} + (1 − ρ) g_k²;
 * updates = g_k / (√ν_k + ε), element-wise, with ν_0 = 0.
 *
 * @param decay - ρ in [0, 1), default 0.9
 * @param eps - ε > 0, default 1e-8
 * @throws RangeError for arguments outside those ranges.
 */
export function scaleByRms(decay = 0.9, eps = 1e-8): GradientTransformation<RmsState> {
  fraction('decay', decay);
  positive('eps', eps);
  return {
    init: (params) => ({ nu: new Float64Array(params.length) }),
    update(gradient, state) {
      sameLength('gradient', gradient.length, state.nu.length);
      const nu = new Float64Array(gradient.length);
      const updates = new Float64Array(gradient.length);
      for (let i = 0; i < gradient.length; i++) {
        const g = gradient[i] ?? NaN;
        const v = decay * (state.nu[i] ?? NaN) + (1 - decay) * g * g;
        nu[i] = v;
        updates[i] = g / (Math.sqrt(v) + eps);
      }
      return { updates, state: { nu } };
    },
  };
}

/**
 * Adam scaling (Kingma & Ba 2015): m_k = β₁ m_{k−1} + (1 − β₁) g_k; v_k = β₂ v_{k−1} + (1 − β₂) g_k²;
 * updates = m̂_k / (√v̂_k + ε) with the bias corrections m̂_k = m_k / (1 − β₁^k), v̂_k = v_k / (1 − β₂^k).
 *
 * @param b1 - β₁ in [0, 1), default 0.9
 * @param b2 - β₂ in [0, 1), default 0.999
 * @param eps - ε > 0, default 1e-8
 * @throws RangeError for arguments outside those ranges.
 */
export function scaleByAdam(b1 = 0.9, b2 = 0.999, eps = 1e-8): GradientTransformation<AdamState> {
  fraction('b1', b1);
  fraction('b2', b2);
  positive('eps', eps);
  return {
    init: (params) => ({ count: 0, mu: new Float64Array(params.length), nu: new Float64Array(params.length) }),
    update(gradient, state) {
      sameLength('gradient', gradient.length, state.mu.length);
      const count = state.count + 1;
      const correct1 = 1 - b1 ** count;
      const correct2 = 1 - b2 ** count;
      const mu = new Float64Array(gradient.length);
      const nu = new Float64Array(gradient.length);
      const updates = new Float64Array(gradient.length);
      for (let i = 0; i < gradient.length; i++) {
        const g = gradient[i] ?? NaN;
        const m = b1 * (state.mu[i] ?? NaN) + (1 - b1) * g;
        const v = b2 * (state.nu[i] ?? NaN) + (1 - b2) * g * g;
        mu[i] = m;
        nu[i] = v;
        updates[i] = m / correct1 / (Math.sqrt(v / correct2) + eps);
      }
      return { updates, state: { count, mu, nu } };
    },
  };
}

/**
 * Plain gradient descent (Cauchy 1847): x_k = x_{k−1} − η_t g_k.
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @throws RangeError if the learning rate is invalid.
 */
export function sgd(learningRate: LearningRate): GradientTransformation<ScheduleState> {
  return scaleByLearningRate(learningRate);
}

/**
 * Heavy-ball momentum (Polyak 1964): v_k = g_k + β v_{k−1}; x_k = x_{k−1} − η_t v_k.
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @param beta - β in [0, 1), default 0.9
 * @throws RangeError for arguments outside those ranges.
 */
export function momentum(learningRate: LearningRate, beta = 0.9) {
  fraction('beta', beta);
  return chain(trace(beta), scaleByLearningRate(learningRate));
}

/**
 * Nesterov's accelerated gradient (Nesterov 1983; as reformulated by Sutskever et al. 2013):
 * v_k = g_k + β v_{k−1}; x_k = x_{k−1} − η_t (g_k + β v_k).
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @param beta - β in [0, 1), default 0.9
 * @throws RangeError for arguments outside those ranges.
 */
export function nesterov(learningRate: LearningRate, beta = 0.9) {
  fraction('beta', beta);
  return chain(trace(beta, true), scaleByLearningRate(learningRate));
}

/**
 * Adagrad (Duchi, Hazan & Singer 2011): G_k = G_{k−1} + g_k²; x_k = x_{k−1} − η_t g_k / (√G_k + ε).
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @param eps - ε > 0, default 1e-10
 * @throws RangeError for arguments outside those ranges.
 */
export function adagrad(learningRate: LearningRate, eps = 1e-10) {
  return chain(scaleByAdagrad(eps), scaleByLearningRate(learningRate));
}

/**
 * RMSProp (Tieleman & Hinton 2012): ν_k = ρ ν_{k−1} + (1 − ρ) g_k²; x_k = x_{k−1} − η_t g_k / (√ν_k + ε).
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @param decay - ρ in [0, 1), default 0.9
 * @param eps - ε > 0, default 1e-8
 * @throws RangeError for arguments outside those ranges.
 */
export function rmsprop(learningRate: LearningRate, decay = 0.9, eps = 1e-8) {
  return chain(scaleByRms(decay, eps), scaleByLearningRate(learningRate));
}

/**
 * Adam (Kingma & Ba 2015): x_k = x_{k−1} − η_t m̂_k / (√v̂_k + ε), see {@link scaleByAdam}.
 *
 * @param learningRate - a number > 0 or a {@link Schedule}
 * @param b1 - β₁ in [0, 1), default 0.9
 * @param b2 - β₂ in [0, 1), default 0.999
 * @param eps - ε > 0, default 1e-8
 * @throws RangeError for arguments outside those ranges.
 */
export function adam(learningRate: LearningRate, b1 = 0.9, b2 = 0.999, eps = 1e-8) {
  return chain(scaleByAdam(b1, b2, eps), scaleByLearningRate(learningRate));
}

/**
 * Applies updates the way the runner does: returns a new array params − updates.
 *
 * @throws RangeError if the lengths differ.
 */
export function applyUpdates(params: Float64Array, updates: Float64Array): Float64Array {
  sameLength('updates', updates.length, params.length);
  const next = new Float64Array(params.length);
  for (let i = 0; i < params.length; i++) next[i] = (params[i] ?? NaN) - (updates[i] ?? NaN);
  return next;
}
