import { describe, expect, it } from 'vitest';
import {
  adagrad,
  adam,
  applyUpdates,
  chain,
  momentum,
  nesterov,
  rmsprop,
  scaleByAdagrad,
  scaleByAdam,
  scaleByLearningRate,
  scaleByRms,
  sgd,
  stepDecay,
  trace,
  type GradientTransformation,
} from '../src/index.ts';

/** Feeds a sequence of gradients through a transform, returning the updates. */
function run<S>(transform: GradientTransformation<S>, gradients: number[][]): number[][] {
  const params = new Float64Array(gradients[0]?.length ?? 0);
  let state = transform.init(params);
  return gradients.map((g) => {
    const out = transform.update(Float64Array.from(g), state, params);
    state = out.state;
    return Array.from(out.updates);
  });
}

/** A deep copy of plain objects, arrays and Float64Arrays. */
function deepCopy<T>(value: T): T {
  if (value instanceof Float64Array) return Float64Array.from(value) as T;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}

describe('blocks', () => {
  it('scaleByLearningRate(rate) multiplies by the rate', () => {
    expect(run(scaleByLearningRate(0.5), [[2, -4]])).toEqual([[1, -2]]);
  });

  it('scaleByLearningRate(schedule) follows the schedule with the count kept in state', () => {
    const transform = scaleByLearningRate(stepDecay(1, 0.5, 2));
    expect(run(transform, [[1], [1], [1], [1], [1]]).map(([u]) => u)).toEqual([1, 1, 0.5, 0.5, 0.25]);
    const state = transform.init(new Float64Array(1));
    expect(transform.update(Float64Array.of(1), state, new Float64Array(1)).state).toEqual({ count: 1 });
  });

  it('trace(β) accumulates v_k = g_k + β v_{k−1}', () => {
    expect(run(trace(0.5), [[1], [1], [1]])).toEqual([[1], [1.5], [1.75]]);
  });

  it('trace(β, true) returns g_k + β v_k', () => {
    // v = 1, 1.5, 1.75 as above; updates 1 + 0.5·1, 1 + 0.5·1.5, 1 + 0.5·1.75.
    expect(run(trace(0.5, true), [[1], [1], [1]])).toEqual([[1.5], [1.75], [1.875]]);
  });

  it('scaleByAdagrad(eps) divides by the root of the summed squares', () => {
    const [u1, u2] = run(scaleByAdagrad(1e-10), [[3], [4]]);
    expect(u1?.[0]).toBeCloseTo(3 / (3 + 1e-10), 14);
    expect(u2?.[0]).toBeCloseTo(4 / (5 + 1e-10), 14);
  });

  it('scaleByRms(decay) divides by the root of the moving average of squares', () => {
    const [u1, u2] = run(scaleByRms(0.5, 1e-12), [[2], [2]]);
    // ν₁ = 0.5 · 4 = 2, ν₂ = 0.5 · 2 + 0.5 · 4 = 3.
    expect(u1?.[0]).toBeCloseTo(2 / Math.sqrt(2), 10);
    expect(u2?.[0]).toBeCloseTo(2 / Math.sqrt(3), 10);
  });

  it('scaleByAdam(b1, b2, eps) corrects its bias so that the first update is g/|g|', () => {
    const [u1] = run(scaleByAdam(0.9, 0.999, 1e-12), [[-0.3, 5]]);
    expect(u1?.[0]).toBeCloseTo(-1, 9);
    expect(u1?.[1]).toBeCloseTo(1, 9);
  });

  it('scaleByAdam(b1, b2, eps) follows the moment recursions on later steps', () => {
    const [, u2] = run(scaleByAdam(0.5, 0.75, 1e-300), [[1], [3]]);
    // m₂ = 0.5·0.5·1 + 0.5·3 = 1.75, m̂₂ = 1.75/0.75; v₂ = 0.75·0.25 + 0.25·9 = 2.4375, v̂₂ = 2.4375/0.4375.
    expect(u2?.[0]).toBeCloseTo(1.75 / 0.75 / Math.sqrt(2.4375 / 0.4375), 12);
  });

  it('chain(a, b) feeds the updates of a into b and keeps both states', () => {
    const transform = chain(trace(0.5), scaleByLearningRate(0.1));
    const params = new Float64Array(1);
    const state = transform.init(params);
    expect(state).toEqual([{ trace: new Float64Array(1) }, { count: 0 }]);
    const out = transform.update(Float64Array.of(2), state, params);
    expect(Array.from(out.updates)).toEqual([0.1 * 2]);
    expect(out.state).toEqual([{ trace: Float64Array.of(2) }, { count: 1 }]);
  });

  it('applyUpdates(params, updates) subtracts, as the runner does', () => {
    expect(applyUpdates(Float64Array.of(1, 2), Float64Array.of(0.5, -1))).toEqual(Float64Array.of(0.5, 3));
  });
});

describe('ready-made optimizers', () => {
  it('sgd(η) is η·g', () => {
    expect(run(sgd(0.1), [[3], [5]])).toEqual([[0.1 * 3], [0.1 * 5]]);
  });

  it('momentum(η, β) is η·v with v_k = g_k + β v_{k−1}', () => {
    expect(run(momentum(0.1, 0.5), [[1], [1]])).toEqual([[0.1 * 1], [0.1 * 1.5]]);
  });

  it('nesterov(η, β) is η·(g_k + β v_k)', () => {
    expect(run(nesterov(0.1, 0.5), [[1], [1]])).toEqual([[0.1 * 1.5], [0.1 * 1.75]]);
  });

  it('adagrad(η) is η·g/√G', () => {
    const [u1, u2] = run(adagrad(0.1), [[3], [4]]);
    expect(u1?.[0]).toBeCloseTo(0.1, 10);
    expect(u2?.[0]).toBeCloseTo(0.1 * 0.8, 10);
  });

  it('rmsprop(η, ρ) is η·g/√ν', () => {
    const [u1] = run(rmsprop(0.1, 0.9), [[2]]);
    expect(u1?.[0]).toBeCloseTo((0.1 * 2) / Math.sqrt(0.1 * 4), 7);
  });

  it('adam(η) takes a first step of η in every coordinate', () => {
    const [u1] = run(adam(0.01), [[0.001, -1000]]);
    expect(u1?.[0]).toBeCloseTo(0.01, 6);
    expect(u1?.[1]).toBeCloseTo(-0.01, 6);
  });
});

describe('purity', () => {
  const transforms: [string, GradientTransformation<any>][] = [
    ['sgd', sgd(0.1)],
    ['momentum', momentum(0.1, 0.9)],
    ['nesterov', nesterov(0.1, 0.9)],
    ['adagrad', adagrad(0.1)],
    ['rmsprop', rmsprop(0.1)],
    ['adam', adam(0.1)],
  ];

  it.each(transforms)('%s: update leaves the old state, the gradient and the params unchanged', (_, transform) => {
    const params = Float64Array.of(1, -2);
    let state = transform.init(params);
    for (const g of [[0.5, -1], [2, 3], [-1, 0.25]]) {
      const gradient = Float64Array.from(g);
      const before = deepCopy(state);
      const out = transform.update(gradient, state, params);
      expect(state).toEqual(before);
      expect(gradient).toEqual(Float64Array.from(g));
      expect(params).toEqual(Float64Array.of(1, -2));
      expect(out.state).not.toBe(state);
      state = out.state;
    }
  });

  it.each(transforms)('%s: the same state and gradient give the same updates twice', (_, transform) => {
    const params = Float64Array.of(1, -2);
    const first = transform.update(Float64Array.of(1, 1), transform.init(params), params);
    const a = transform.update(Float64Array.of(0.5, -3), first.state, params);
    const b = transform.update(Float64Array.of(0.5, -3), first.state, params);
    expect(a.updates).toEqual(b.updates);
    expect(a.state).toEqual(b.state);
  });
});
