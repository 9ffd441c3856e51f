// The numbers the textbook prints. Every expected value below comes from the book (hand or scipy
// calculations), never from this library.
import { describe, expect, it } from 'vitest';
import { gradientDescent, minimize, scalar, type Objective, type Result } from '../src/index.ts';
import { leastSquaresLine, POINTS, quartic, roundsTo, ssr } from './helpers.ts';

function xs(result: Result, from = 1): number[] {
  return (result.trajectory ?? []).slice(from).map((p) => p.x[0] as number);
}

describe('the quartic f(x) = (x⁴ − 15x³ + 80x² − 180x + 144)/10', () => {
  it('gradientDescent(quartic, 4, {learningRate: 0.3}) climbs to the right-hand minimum 5.326345', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 0.3, stop: { maxSteps: 10 }, trajectory: true });
    const expected = ['4.12', '4.267297', '4.442726', '4.640926', '4.846184', '5.032119', '5.172015', '5.256484', '5.297911', '5.315427'];
    expect(xs(run)).toHaveLength(expected.length);
    xs(run).forEach((x, i) => roundsTo(x, expected[i] as string));

    const converged = gradientDescent(quartic, 4, { learningRate: 0.3, stop: { gradientNorm: 1e-10 } });
    expect(converged.reason).toBe('converged');
    roundsTo(converged.x[0], '5.326345');
  });

  it('gradientDescent(quartic, 4, {learningRate: 1}) oscillates around the minimum', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 1, stop: { maxSteps: 8 }, trajectory: true });
    const expected = ['4.4', '5.0464', '5.496731', '5.080862', '5.489980', '5.092825', '5.486755', '5.098473'];
    xs(run).forEach((x, i) => roundsTo(x, expected[i] as string));
    expect(run.reason).toBe('max-steps');
  });

  it('gradientDescent(quartic, 4, {learningRate: 1.5}) jumps about erratically', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 1.5, stop: { maxSteps: 5 }, trajectory: true });
    const expected = ['4.6', '5.6284', '4.398417', '5.367141', '5.233455'];
    xs(run).forEach((x, i) => roundsTo(x, expected[i] as string));
  });

  it('gradientDescent(quartic, 4, {learningRate: 0.1}) is at 5.129297 after 20 steps', () => {
    const run = gradientDescent(quartic, 4, { learningRate: 0.1, stop: { maxSteps: 20 } });
    expect(run.iterations).toBe(20);
    roundsTo(run.x[0], '5.129297');
  });

  it.each([0.5, 0.3])('gradientDescent(quartic, 1.5, {learningRate: %s}) ends in the left-hand minimum 2.392748', (rate) => {
    const run = gradientDescent(quartic, 1.5, { learningRate: rate, stop: { gradientNorm: 1e-10 } });
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '2.392748');
  });

  it('minimize(quartic, 6) finds 5.326345 with f = −0.691410', () => {
    const run = minimize(quartic, 6);
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '5.326345');
    roundsTo(run.f, '-0.691410');
    expect(Math.abs(run.gradient[0] as number)).toBeLessThan(1e-8);
  });

  it('minimize(quartic, 1) finds the other minimum, 2.392748', () => {
    const run = minimize(quartic, 1);
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '2.392748');
  });
});

describe('e^x − ln x', () => {
  const f = scalar(
    (x) => Math.exp(x) - Math.log(x),
    (x) => Math.exp(x) - 1 / x,
  );

  it('gradientDescent(f, 0.05, {learningRate: 0.005}) takes the book’s first two steps and converges to 0.567143', () => {
    const run = gradientDescent(f, 0.05, { learningRate: 0.005, stop: { gradientNorm: 1e-10, maxSteps: 100_000 }, trajectory: true });
    const [p0, p1, p2] = run.trajectory ?? [];
    roundsTo(p0?.gradient[0], '-18.9487');
    roundsTo(p1?.x[0], '0.144744');
    roundsTo(p1?.gradient[0], '-5.75302');
    roundsTo(p2?.x[0], '0.173509');
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '0.567143');
  });
});

describe('regression on (0.5, 1.4), (2.3, 1.9), (2.9, 3.2)', () => {
  const interceptOnly: Objective = (b, gradient) => {
    let f = 0;
    let d = 0;
    for (const [x, y] of POINTS) {
      const r = y - ((b[0] as number) + 0.64 * x);
      f += r * r;
      d += -2 * r;
    }
    gradient[0] = d;
    return f;
  };

  it('gradientDescent(ssr(b), 0, {stop: {minStepSize: 0.001}}) stops at the first step shorter than the tolerance', () => {
    const run = gradientDescent(interceptOnly, 0, {
      learningRate: 0.1,
      stop: { minStepSize: 0.001, maxSteps: 1000 },
      trajectory: true,
    });
    const derivatives = ['-5.704', '-2.2816', '-0.9126', '-0.3651', '-0.1460', '-0.0584', '-0.0234', '-0.0093'];
    const intercepts = ['0.5704', '0.7986', '0.8898', '0.9263', '0.9409', '0.9468', '0.9491', '0.9500'];
    const points = run.trajectory ?? [];
    derivatives.forEach((d, k) => roundsTo(points[k]?.gradient[0], d));
    intercepts.forEach((b, i) => roundsTo(points[i + 1]?.x[0], b));
    expect(run.iterations).toBe(8);
    expect(run.reason).toBe('stopped');
    expect(run.rule).toBe('minStepSize');
    roundsTo(run.x[0], '0.950044');
  });

  it('gradientDescent(ssr, [0, 1], {learningRate: 0.01}) starts with gradient (−1.6, −0.8) and moves to (0.016, 1.008)', () => {
    const run = gradientDescent(ssr, [0, 1], { learningRate: 0.01, stop: { maxSteps: 1 }, trajectory: true });
    const [start, first] = run.trajectory ?? [];
    roundsTo(start?.gradient[0], '-1.6');
    roundsTo(start?.gradient[1], '-0.8');
    roundsTo(first?.x[0], '0.016');
    roundsTo(first?.x[1], '1.008');
  });

  it('gradientDescent(ssr, [0, 1], {stop: {minStepSize: 0.001}}) stops at step 207 at (0.862385, 0.677809)', () => {
    const run = gradientDescent(ssr, [0, 1], { learningRate: 0.01, stop: { minStepSize: 0.001 } });
    expect(run.reason).toBe('stopped');
    expect(run.rule).toBe('minStepSize');
    expect(run.iterations).toBe(207);
    roundsTo(run.x[0], '0.862385');
    roundsTo(run.x[1], '0.677809');
  });

  it('gradientDescent(ssr, [0, 1], {learningRate: 0.01}) without a step-size rule reaches the least-squares line', () => {
    const run = gradientDescent(ssr, [0, 1], { learningRate: 0.01, stop: { gradientNorm: 1e-10 } });
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '0.948718');
    roundsTo(run.x[1], '0.641026');
    const exact = leastSquaresLine();
    expect(run.x[0]).toBeCloseTo(exact.intercept, 9);
    expect(run.x[1]).toBeCloseTo(exact.slope, 9);
  });

  it('gradientDescent(ssr, [0, 1], {learningRate: 0.1}) diverges and reports the step', () => {
    const run = gradientDescent(ssr, [0, 1], { learningRate: 0.1, stop: { maxSteps: 100_000 }, trajectory: true });
    expect(run.reason).toBe('diverged');
    expect(run.rule).toBe('diverged');
    expect(run.divergedAt).toBeGreaterThan(1);
    expect(run.iterations).toBe((run.divergedAt as number) - 1);
    expect(Number.isFinite(run.f)).toBe(true);
    expect(Array.from(run.x).every(Number.isFinite)).toBe(true);
    expect(run.trajectory?.at(-1)?.k).toBe(run.iterations);
  });
});

describe('power lines E(m, b) = (m + b − 2)² + (2m + b − 5)² + (3m + b − 3)²', () => {
  const E: Objective = (p, gradient) => {
    const m = p[0] as number;
    const b = p[1] as number;
    gradient[0] = 28 * m + 12 * b - 42;
    gradient[1] = 6 * b + 12 * m - 20;
    return (m + b - 2) ** 2 + (2 * m + b - 5) ** 2 + (3 * m + b - 3) ** 2;
  };

  it('gradientDescent(E, [0, 0], {learningRate: 0.01}) reaches (0.5, 2.333333) within 2000 steps', () => {
    // The Hessian [[28, 12], [12, 6]] has eigenvalues 0.72 and 33.28, so each step shrinks the
    // error by at least 1 − 0.01 · 0.72; after 2000 steps the error of about 2.4 is below 2e-6.
    const run = gradientDescent(E, [0, 0], { learningRate: 0.01, stop: { maxSteps: 2000 } });
    expect(Math.abs((run.x[0] as number) - 0.5)).toBeLessThan(2e-6);
    expect(Math.abs((run.x[1] as number) - 7 / 3)).toBeLessThan(2e-6);
    roundsTo(run.x[0], '0.50000');
    roundsTo(run.x[1], '2.33333');
  });

  it('gradientDescent(E, [0, 0], {stop: {gradientNorm}}) lands on (0.5, 2.333333) to six decimals', () => {
    const run = gradientDescent(E, [0, 0], { learningRate: 0.01, stop: { gradientNorm: 1e-8 } });
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '0.500000');
    roundsTo(run.x[1], '2.333333');
  });
});

describe('heat T(x, y) = 85 − (1/90) x²(x − 6) y²(y − 6)', () => {
  const T: Objective = (p, gradient) => {
    const x = p[0] as number;
    const y = p[1] as number;
    gradient[0] = -(1 / 90) * x * (3 * x - 12) * y ** 2 * (y - 6);
    gradient[1] = -(1 / 90) * x ** 2 * (x - 6) * y * (3 * y - 12);
    return 85 - (1 / 90) * x ** 2 * (x - 6) * y ** 2 * (y - 6);
  };

  it('gradientDescent(T, [0.5, 0.6], {learningRate: 0.05}) takes the book’s steps and cools to (4, 4)', () => {
    const run = gradientDescent(T, [0.5, 0.6], { learningRate: 0.05, stop: { gradientNorm: 1e-10, maxSteps: 100_000 }, trajectory: true });
    const [p0, p1, p2] = run.trajectory ?? [];
    roundsTo(p0?.gradient[0], '-0.1134');
    roundsTo(p0?.gradient[1], '-0.0935');
    roundsTo(p1?.x[0], '0.5057');
    roundsTo(p1?.x[1], '0.6047');
    roundsTo(p1?.gradient[0], '-0.1162');
    roundsTo(p1?.gradient[1], '-0.0961');
    roundsTo(p2?.x[0], '0.5115');
    roundsTo(p2?.x[1], '0.6095');
    expect(run.reason).toBe('converged');
    roundsTo(run.x[0], '4.000000');
    roundsTo(run.x[1], '4.000000');
    roundsTo(run.f, '73.622222');
  });
});
