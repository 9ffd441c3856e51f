import { describe, expect, it } from 'vitest';
import { constant, exponentialDecay, inverseTimeDecay, stepDecay, warmup } from '../src/index.ts';
import { toSchedule } from '../src/schedules.ts';

describe('schedules', () => {
  it('constant(rate) gives the rate at every step', () => {
    const schedule = constant(0.3);
    expect([0, 1, 1000].map(schedule)).toEqual([0.3, 0.3, 0.3]);
  });

  it('stepDecay(initial, factor, every) drops by factor every `every` steps', () => {
    expect([0, 1, 2, 3, 4, 5].map(stepDecay(1, 0.5, 2))).toEqual([1, 1, 0.5, 0.5, 0.25, 0.25]);
  });

  it('exponentialDecay(initial, rate, decaySteps) shrinks by rate every decaySteps steps, smoothly', () => {
    const schedule = exponentialDecay(2, 0.5, 10);
    expect(schedule(0)).toBe(2);
    expect(schedule(10)).toBe(1);
    expect(schedule(5)).toBeCloseTo(2 / Math.SQRT2, 14);
  });

  it('inverseTimeDecay(initial, decayRate, decaySteps) is initial / (1 + decayRate · t / decaySteps)', () => {
    const schedule = inverseTimeDecay(1, 1, 10);
    expect(schedule(0)).toBe(1);
    expect(schedule(10)).toBe(0.5);
    expect(schedule(30)).toBe(0.25);
  });

  it('warmup(steps, after) ramps linearly from above zero to after(0), then hands over', () => {
    const schedule = warmup(3, stepDecay(0.8, 0.5, 2));
    expect([0, 1, 2].map(schedule)).toEqual([0.2, 0.4, 0.6000000000000001]);
    expect([3, 4, 5, 6].map(schedule)).toEqual([0.8, 0.8, 0.4, 0.4]);
    expect(warmup(0, 0.1)(0)).toBe(0.1);
  });

  it('toSchedule(rate) rejects a schedule whose first rate is not positive', () => {
    expect(() => toSchedule(() => 0)).toThrow(/learningRate schedule must give a finite rate greater than 0 at step 0; received 0/);
    expect(() => toSchedule(() => NaN)).toThrow(RangeError);
  });

  it.each([
    ['constant(0)', () => constant(0), /rate must be a finite number greater than 0; received 0/],
    ['stepDecay(1, 1, 2)', () => stepDecay(1, 1, 2), /factor must be a number strictly between 0 and 1; received 1/],
    ['stepDecay(1, 0.5, 1.5)', () => stepDecay(1, 0.5, 1.5), /every must be an integer/],
    ['exponentialDecay(-1, 0.5)', () => exponentialDecay(-1, 0.5), /initial must be a finite number greater than 0; received -1/],
    ['exponentialDecay(1, 0.5, 0)', () => exponentialDecay(1, 0.5, 0), /decaySteps/],
    ['inverseTimeDecay(1, -1)', () => inverseTimeDecay(1, -1), /decayRate must be a finite number greater than or equal to 0; received -1/],
    ['warmup(-1, 0.1)', () => warmup(-1, 0.1), /steps must be an integer/],
    ['warmup(2, NaN)', () => warmup(2, NaN), /after must be a finite number greater than 0; received NaN/],
  ])('%s throws a RangeError naming the parameter', (_, make, message) => {
    expect(make).toThrow(RangeError);
    expect(make).toThrow(message);
  });
});
