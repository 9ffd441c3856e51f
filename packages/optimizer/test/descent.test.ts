import { describe, expect, it } from 'vitest';
import {
  DIVERGENCE_LIMIT,
  exponentialDecay,
  gradientDescent,
  iterate,
  momentum,
  scalar,
  sgd,
  type Objective,
  type TrajectoryPoint,
} from '../src/index.ts';
import { quartic, ssr } from './helpers.ts';

const square = scalar(
  (x) => x * x,
  (x) => 2 * x,
);

describe('gradientDescent', () => {
  it('gradientDescent(objective, x0, {learningRate}) computes x_k = x_{k−1} − η ∇f(x_{k−1})', () => {
    // On f(x) = x², x_k = (1 − 2η) x_{k−1}.
    const run = gradientDescent(square, 3, { learningRate: 0.1, stop: { maxSteps: 4 }, trajectory: true });
    const expected = [3];
    for (let k = 1; k <= 4; k++) {
      const previous = expected[k - 1] as number;
      expected.push(previous - 0.1 * (2 * previous));
    }
    expect(run.trajectory?.map((p) => p.x[0])).toEqual(expected);
    expect(run.trajectory?.[1]?.step).toEqual([0.1 * 6]);
    expect(run.iterations).toBe(4);
    expect(run.evaluations).toBe(5);
    expect(run.reason).toBe('max-steps');
    expect(run.rule).toBe('maxSteps');
  });

  it('gradientDescent(objective, x0, {learningRate: schedule}) gives the schedule the number of earlier updates', () => {
    const seen: number[] = [];
    const schedule = (t: number) => {
      seen.push(t);
      return 0.1;
    };
    gradientDescent(square, 1, { learningRate: schedule, stop: { maxSteps: 3 } });
    // toSchedule probes step 0 once up front.
    expect(seen).toEqual([0, 0, 1, 2]);
  });

  it('gradientDescent(objective, x0, {learningRate}) matches gradientDescent with optimizer: sgd(rate) exactly', () => {
    const rate = exponentialDecay(0.3, 0.9, 10);
    const plain = gradientDescent(quartic, 4, { learningRate: rate, stop: { maxSteps: 50 }, trajectory: true });
    const transformed = gradientDescent(quartic, 4, { optimizer: sgd(rate), stop: { maxSteps: 50 }, trajectory: true });
    expect(transformed.trajectory).toEqual(plain.trajectory);
    expect(transformed.x).toEqual(plain.x);
  });

  it('gradientDescent(objective, x0, {stop: {gradientNorm}}) checks the start before stepping', () => {
    const run = gradientDescent(square, 0, { learningRate: 0.1, stop: { gradientNorm: 1e-6 } });
    expect(run.iterations).toBe(0);
    expect(run.evaluations).toBe(1);
    expect(run.reason).toBe('converged');
    expect(run.rule).toBe('gradientNorm');
  });

  it('gradientDescent(objective, x0, {stop: {gradientNorm}}) measures the Euclidean norm of the gradient', () => {
    // f = 0.5‖x‖², gradient x. From (3, 4) with η = 0.5 the gradient halves each step: 5, 2.5, 1.25.
    const half: Objective = (x, g) => {
      g[0] = x[0] as number;
      g[1] = x[1] as number;
      return 0.5 * ((x[0] as number) ** 2 + (x[1] as number) ** 2);
    };
    // ‖g‖₂ after two steps is 1.25 (max-abs would be 1), after three 0.625.
    expect(gradientDescent(half, [3, 4], { learningRate: 0.5, stop: { gradientNorm: 1.2 } }).iterations).toBe(3);
    expect(gradientDescent(half, [3, 4], { learningRate: 0.5, stop: { gradientNorm: 1.3 } }).iterations).toBe(2);
  });

  it('gradientDescent(objective, x0, {stop: {minStepSize}}) measures the largest component of the step', () => {
    // Steps on 0.5‖x‖² with η = 0.5 from (3, 4): (1.5, 2), (0.75, 1), (0.375, 0.5).
    const half: Objective = (x, g) => {
      g[0] = x[0] as number;
      g[1] = x[1] as number;
      return 0.5 * ((x[0] as number) ** 2 + (x[1] as number) ** 2);
    };
    // Euclidean sizes would be 2.5, 1.25, 0.625; max-abs sizes are 2, 1, 0.5.
    const run = gradientDescent(half, [3, 4], { learningRate: 0.5, stop: { minStepSize: 1.1 } });
    expect(run.iterations).toBe(2);
    expect(run.rule).toBe('minStepSize');
  });

  it('gradientDescent(objective, x0, {stop: {relativeChange}}) stops when f barely changes', () => {
    // x² with η = 0.25 halves x, so f drops by a factor 4: relative change 0.75 at every step.
    expect(gradientDescent(square, 1, { learningRate: 0.25, stop: { relativeChange: 0.75, maxSteps: 100 } }).reason).toBe('max-steps');
    const run = gradientDescent(square, 1, { learningRate: 0.25, stop: { relativeChange: 0.76 } });
    expect(run.iterations).toBe(1);
    expect(run.reason).toBe('stopped');
    expect(run.rule).toBe('relativeChange');
  });

  it('gradientDescent(objective, x0, {stop}) prefers gradientNorm, then minStepSize, then relativeChange, then maxSteps', () => {
    const all = { gradientNorm: 10, minStepSize: 10, relativeChange: 10, maxSteps: 1 };
    const only = (rules: object) => gradientDescent(square, 1, { learningRate: 0.25, stop: { maxSteps: 1, ...rules } }).rule;
    expect(gradientDescent(square, 1, { learningRate: 0.25, stop: all }).rule).toBe('gradientNorm');
    expect(only({ minStepSize: 10, relativeChange: 10 })).toBe('minStepSize');
    expect(only({ relativeChange: 10 })).toBe('relativeChange');
    expect(only({})).toBe('maxSteps');
  });

  it('gradientDescent(objective, x0, {stop: {maxSteps: 0}}) evaluates the start only', () => {
    const run = gradientDescent(square, 2, { learningRate: 0.1, stop: { maxSteps: 0 } });
    expect(run.iterations).toBe(0);
    expect(run.x).toEqual(Float64Array.of(2));
    expect(run.f).toBe(4);
    expect(run.gradient).toEqual(Float64Array.of(4));
    expect(run.reason).toBe('max-steps');
  });

  it('gradientDescent(objective, x0, options) accepts a number, an array or a Float64Array and leaves x0 alone', () => {
    const x0 = Float64Array.of(4);
    const fromTyped = gradientDescent(quartic, x0, { learningRate: 0.3, stop: { maxSteps: 3 } });
    expect(x0).toEqual(Float64Array.of(4));
    expect(gradientDescent(quartic, [4], { learningRate: 0.3, stop: { maxSteps: 3 } }).x).toEqual(fromTyped.x);
    expect(gradientDescent(quartic, 4, { learningRate: 0.3, stop: { maxSteps: 3 } }).x).toEqual(fromTyped.x);
  });

  it('gradientDescent(objective, x0, options) runs 10 000 steps by default', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 1 });
    expect(run.iterations).toBe(10_000);
    expect(run.reason).toBe('max-steps');
  });
});

describe('divergence', () => {
  it('gradientDescent(x², 1, {learningRate: 1.5}) diverges when f passes 1e100 and keeps the last finite iterate', () => {
    // x_k = (1 − 3) x_{k−1} = (−2)^k and f = 4^k; 4^167 ≈ 1.7e100 is the first beyond the limit.
    const run = gradientDescent(square, 1, { learningRate: 1.5, stop: { maxSteps: 10_000 } });
    expect(run.reason).toBe('diverged');
    expect(run.divergedAt).toBe(Math.ceil(Math.log(DIVERGENCE_LIMIT) / Math.log(4)));
    expect(run.iterations).toBe((run.divergedAt as number) - 1);
    expect(run.x[0]).toBe((-2) ** run.iterations);
    expect(run.f).toBe(4 ** run.iterations);
    expect(run.gradient[0]).toBe(2 * (-2) ** run.iterations);
    expect(run.message).toMatch(/Diverged at step \d+/);
  });

  it('gradientDescent(objective, x0, options) stops with diverged when f turns NaN', () => {
    // √x goes NaN once x < 0.
    const root = scalar(Math.sqrt, (x) => 0.5 / Math.sqrt(x));
    const run = gradientDescent(root, 1, { learningRate: 4, stop: { maxSteps: 100 } });
    expect(run.reason).toBe('diverged');
    expect(run.divergedAt).toBe(1);
    expect(run.iterations).toBe(0);
    expect(run.x).toEqual(Float64Array.of(1));
    expect(run.f).toBe(1);
  });

  it('gradientDescent(objective, x0, options) stops with diverged when the gradient turns infinite', () => {
    const kink = scalar(
      (x) => Math.abs(x - 1),
      (x) => (x === 1 ? Infinity : Math.sign(x - 1)),
    );
    const run = gradientDescent(kink, 0, { learningRate: 0.5, stop: { maxSteps: 100 } });
    expect(run.reason).toBe('diverged');
    expect(run.divergedAt).toBe(2);
    expect(run.x).toEqual(Float64Array.of(0.5));
    expect(run.gradient).toEqual(Float64Array.of(-1));
  });

  it('gradientDescent(objective, x0, options) never calls the objective at a non-finite point', () => {
    const points: number[] = [];
    const explode = scalar(
      (x) => {
        points.push(x);
        return -x;
      },
      () => -1,
    );
    const run = gradientDescent(explode, 0, { learningRate: 1e200 });
    expect(run.reason).toBe('diverged');
    expect(run.divergedAt).toBe(1);
    expect(points).toEqual([0]);
  });
});

describe('trajectory', () => {
  it('gradientDescent(objective, x0, {trajectory: true}) keeps every step when there are few', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 0.3, stop: { maxSteps: 30 }, trajectory: true });
    expect(run.trajectory?.map((p) => p.k)).toEqual(Array.from({ length: 31 }, (_, k) => k));
    expect(run.trajectory?.[0]?.step).toEqual([0]);
  });

  it('gradientDescent(objective, x0, {trajectory: {cap}}) thins evenly and keeps the first and the last point', () => {
    const cap = 10;
    const run = gradientDescent(quartic, 4, { learningRate: 0.1, stop: { maxSteps: 100 }, trajectory: { cap } });
    const ks = run.trajectory?.map((p) => p.k) ?? [];
    expect(ks.length).toBeLessThanOrEqual(cap);
    expect(ks[0]).toBe(0);
    expect(ks.at(-1)).toBe(100);
    // Every kept point but the last is a multiple of one power-of-two stride.
    const stride = (ks[1] as number) - (ks[0] as number);
    expect(Math.log2(stride) % 1).toBe(0);
    expect(ks.slice(0, -1)).toEqual(ks.slice(0, -1).map((_, i) => i * stride));
  });

  it('gradientDescent(objective, x0, {trajectory: {cap}}) holds exactly the run when the run fits', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 0.1, stop: { maxSteps: 9 }, trajectory: { cap: 10 } });
    expect(run.trajectory?.map((p) => p.k)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('gradientDescent(objective, x0, {trajectory}) ends on a point equal to the result', () => {
    for (const maxSteps of [0, 1, 7, 1000]) {
      const run = gradientDescent(quartic, 4, { learningRate: 0.1, stop: { maxSteps }, trajectory: { cap: 5 } });
      const last = run.trajectory?.at(-1);
      expect(last?.k).toBe(run.iterations);
      expect(last?.x).toEqual(Array.from(run.x));
      expect(last?.f).toBe(run.f);
      expect(last?.gradient).toEqual(Array.from(run.gradient));
    }
  });

  it('gradientDescent(objective, x0, options) leaves the trajectory out unless asked', () => {
    expect(gradientDescent(quartic, 4, { learningRate: 0.1, stop: { maxSteps: 3 } }).trajectory).toBeUndefined();
  });
});

describe('iterate', () => {
  it('iterate(objective, x0, options) yields x_0 and every iterate, then returns the same result as gradientDescent', () => {
    const options = { learningRate: 0.3, stop: { maxSteps: 12 }, trajectory: true } as const;
    const generator = iterate(quartic, 4, options);
    const points: TrajectoryPoint[] = [];
    let next = generator.next();
    while (!next.done) {
      points.push(next.value);
      next = generator.next();
    }
    const direct = gradientDescent(quartic, 4, options);
    expect(points).toEqual(direct.trajectory);
    expect(next.value).toEqual(direct);
  });

  it('iterate(objective, x0, options) checks the settings before the first next()', () => {
    expect(() => iterate(quartic, 4, { learningRate: -1 })).toThrow(RangeError);
  });

  it('iterate(objective, x0, options) does not yield the point that diverged', () => {
    const points = [...iterate(square, 1, { learningRate: 1.5 })];
    const last = points.at(-1);
    expect(Math.abs(last?.x[0] as number)).toBeLessThanOrEqual(DIVERGENCE_LIMIT);
  });
});

describe('line search', () => {
  it("gradientDescent(objective, x0, {lineSearch: 'armijo'}) tames a learning rate that would diverge", () => {
    const plain = gradientDescent(ssr, [0, 1], { learningRate: 0.1, stop: { maxSteps: 5000 } });
    expect(plain.reason).toBe('diverged');
    const searched = gradientDescent(ssr, [0, 1], { learningRate: 0.1, lineSearch: 'armijo', stop: { gradientNorm: 1e-6, maxSteps: 5000 } });
    expect(searched.reason).toBe('converged');
    expect(searched.x[0]).toBeCloseTo(0.948718, 5);
    expect(searched.x[1]).toBeCloseTo(0.641026, 5);
  });

  it("gradientDescent(objective, x0, {lineSearch: 'armijo'}) keeps the full step when it already decreases f enough", () => {
    const plain = gradientDescent(ssr, [0, 1], { learningRate: 0.01, stop: { maxSteps: 50 } });
    const searched = gradientDescent(ssr, [0, 1], { learningRate: 0.01, lineSearch: 'armijo', stop: { maxSteps: 50 } });
    expect(searched.x).toEqual(plain.x);
    expect(searched.evaluations).toBe(plain.evaluations);
  });

  it('gradientDescent(objective, x0, {lineSearch: {shrink}}) halves (or shrinks) the step until f drops enough', () => {
    // x² from 1 with η = 10: the step 20 overshoots; α = 1/2, 1/4, … until |1 − 20α| is small enough.
    const run = gradientDescent(square, 1, { learningRate: 10, lineSearch: { shrink: 0.5, c: 0.5 }, stop: { maxSteps: 1 }, trajectory: true });
    // Armijo with c = 0.5 on x²: (1 − 20α)² ≤ 1 − 0.5 · α · 40  ⇔  α ≤ 1/20. First power of ½ below: 1/32.
    expect(run.trajectory?.[1]?.step).toEqual([20 / 32]);
    expect(run.x[0]).toBe(1 - 20 / 32);
  });

  it('gradientDescent(objective, x0, {lineSearch}) ends the run when no step decreases f', () => {
    // The gradient points the wrong way, so every trial increases f.
    const liar = scalar(
      (x) => x * x,
      (x) => -2 * x,
    );
    const run = gradientDescent(liar, 1, { learningRate: 0.1, lineSearch: { maxBacktracks: 10 } });
    expect(run.reason).toBe('stopped');
    expect(run.rule).toBe('minStepSize');
    expect(run.iterations).toBe(0);
    expect(run.x).toEqual(Float64Array.of(1));
    expect(run.evaluations).toBe(1 + 11);
  });

  it('gradientDescent(objective, x0, {optimizer: momentum, lineSearch}) still converges', () => {
    const run = gradientDescent(ssr, [0, 1], { optimizer: momentum(0.05, 0.5), lineSearch: 'armijo', stop: { gradientNorm: 1e-8, maxSteps: 20_000 } });
    expect(run.reason).toBe('converged');
    expect(run.x[0]).toBeCloseTo(0.948718, 6);
  });
});
