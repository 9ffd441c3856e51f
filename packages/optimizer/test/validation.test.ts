import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adam,
  gradientDescent,
  iterate,
  MAX_STEPS_LIMIT,
  minimize,
  momentum,
  nesterov,
  rmsprop,
  scaleByLearningRate,
  sgd,
  trace,
  type DescentOptions,
} from '../src/index.ts';
import { quartic, ssr } from './helpers.ts';

/** Expects a RangeError whose message names the parameter and shows the value received. */
function expectRangeError(run: () => unknown, name: string, value?: string): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RangeError);
  expect((error as Error).message).toContain(name);
  if (value !== undefined) expect((error as Error).message).toContain(value);
}

const badRates = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, -1e308),
  fc.double({ max: 0, noNaN: true }),
);
const badCounts = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0.5, 1e308, MAX_STEPS_LIMIT + 1, 2 ** 53),
  fc.integer({ max: -1 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)),
  fc.integer({ min: MAX_STEPS_LIMIT + 1 }),
);
const badTolerances = fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -1e-300), fc.double({ max: -Number.MIN_VALUE, noNaN: true }));

describe('invalid settings throw RangeError', () => {
  it('gradientDescent(objective, x0, {learningRate}) rejects a rate that is not finite and positive', () => {
    fc.assert(
      fc.property(badRates, (rate) => {
        expectRangeError(() => gradientDescent(quartic, 4, { learningRate: rate }), 'learningRate', Object.is(rate, -0) ? '-0' : String(rate));
      }),
    );
  });

  it('gradientDescent(objective, x0, {stop: {maxSteps}}) rejects step counts that are not integers from 0 to 10 000 000', () => {
    fc.assert(
      fc.property(badCounts, (maxSteps) => {
        expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, stop: { maxSteps } }), 'stop.maxSteps', String(maxSteps));
      }),
    );
  });

  it.each(['minStepSize', 'gradientNorm', 'relativeChange'] as const)('gradientDescent(objective, x0, {stop: {%s}}) rejects negative or non-finite tolerances', (rule) => {
    fc.assert(
      fc.property(badTolerances, (tolerance) => {
        expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, stop: { [rule]: tolerance } }), `stop.${rule}`);
      }),
    );
  });

  it('gradientDescent(objective, x0, {stop}) rejects an unknown rule name', () => {
    expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, stop: { minStep: 0.1 } as never }), 'minStep');
  });

  it('gradientDescent(objective, x0, options) rejects an empty, non-finite or out-of-range start', () => {
    for (const x0 of [[], new Float64Array(0)]) expectRangeError(() => gradientDescent(quartic, x0, { learningRate: 0.1 }), 'x0', 'non-empty');
    for (const bad of [NaN, Infinity, -Infinity]) {
      expectRangeError(() => gradientDescent(quartic, bad, { learningRate: 0.1 }), 'x0', String(bad));
      expectRangeError(() => gradientDescent(ssr, [0, bad], { learningRate: 0.1 }), 'x0', String(bad));
    }
    expectRangeError(() => gradientDescent(quartic, 1e308, { learningRate: 0.1 }), 'x0', '1e+308');
  });

  it('gradientDescent(objective, x0, options) rejects a start where f is not finite', () => {
    const log = (x: Float64Array, g: Float64Array) => {
      g[0] = 1 / (x[0] as number);
      return Math.log(x[0] as number);
    };
    expectRangeError(() => gradientDescent(log, -1, { learningRate: 0.1 }), 'x0', 'NaN');
  });

  it('gradientDescent(objective, x0, options) needs exactly one of learningRate and optimizer', () => {
    expectRangeError(() => gradientDescent(quartic, 4, {} as DescentOptions), 'learningRate');
    expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, optimizer: sgd(0.1) }), 'optimizer');
  });

  it('gradientDescent(objective, x0, {optimizer}) rejects updates of the wrong length', () => {
    const broken = { init: () => null, update: () => ({ updates: new Float64Array(3), state: null }) };
    expectRangeError(() => gradientDescent(ssr, [0, 1], { optimizer: broken }), 'optimizer updates', 'length 3');
  });

  it('gradientDescent(objective, x0, {learningRate: schedule}) rejects a schedule that goes negative mid-run', () => {
    expectRangeError(() => gradientDescent(quartic, 4, { learningRate: (t) => 0.1 - t, stop: { maxSteps: 5 } }), 'learningRate', 'step 1');
  });

  it('gradientDescent(objective, x0, {trajectory: {cap}}) rejects caps below 2 or not integers', () => {
    for (const cap of [1, 0, -3, 2.5, NaN, Infinity]) {
      expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, trajectory: { cap } }), 'trajectory.cap');
    }
  });

  it('gradientDescent(objective, x0, {lineSearch}) rejects unknown names and constants outside (0, 1)', () => {
    expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, lineSearch: 'wolfe' as never }), 'lineSearch', '"wolfe"');
    for (const c of [0, 1, -0.5, NaN]) expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, lineSearch: { c } }), 'lineSearch.c');
    for (const shrink of [0, 1, 2]) expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, lineSearch: { shrink } }), 'lineSearch.shrink');
    expectRangeError(() => gradientDescent(quartic, 4, { learningRate: 0.1, lineSearch: { maxBacktracks: 1e9 } }), 'lineSearch.maxBacktracks');
  });

  it('iterate(objective, x0, options) validates like gradientDescent', () => {
    expectRangeError(() => iterate(quartic, [], { learningRate: 0.1 }), 'x0');
  });

  it('minimize(objective, x0, options) rejects bad starts, stop rules and line searches', () => {
    expectRangeError(() => minimize(quartic, []), 'x0');
    expectRangeError(() => minimize(quartic, NaN), 'x0');
    expectRangeError(() => minimize(quartic, 4, { stop: { maxSteps: -1 } }), 'stop.maxSteps');
    expectRangeError(() => minimize(quartic, 4, { stop: { gradientNorm: -1 } }), 'stop.gradientNorm');
    expectRangeError(() => minimize(quartic, 4, { lineSearch: 'newton' as never }), 'lineSearch');
    expectRangeError(() => minimize(quartic, 4, { lineSearch: { type: 'wolfe', c1: 0.95 } }), 'lineSearch.c1');
  });

  it('optimizer factories reject their hyper-parameters outside the documented ranges', () => {
    fc.assert(
      fc.property(badRates, (rate) => {
        expectRangeError(() => sgd(rate), 'learningRate');
        expectRangeError(() => adam(rate), 'learningRate');
        expectRangeError(() => scaleByLearningRate(rate), 'learningRate');
      }),
    );
    for (const beta of [1, -0.1, NaN, Infinity, 1e308]) {
      expectRangeError(() => momentum(0.1, beta), 'beta');
      expectRangeError(() => nesterov(0.1, beta), 'beta');
      expectRangeError(() => trace(beta), 'decay');
      expectRangeError(() => rmsprop(0.1, beta), 'decay');
      expectRangeError(() => adam(0.1, beta), 'b1');
      expectRangeError(() => adam(0.1, 0.9, beta), 'b2');
    }
    for (const eps of [0, -1e-8, NaN, Infinity]) expectRangeError(() => adam(0.1, 0.9, 0.999, eps), 'eps');
  });

  it('a transform rejects a gradient whose length does not match its state', () => {
    const transform = momentum(0.1, 0.9);
    const state = transform.init(new Float64Array(2));
    expectRangeError(() => transform.update(new Float64Array(3), state, new Float64Array(3)), 'gradient', 'length 3');
  });
});
