import { describe, expect, it } from 'vitest';
import { backtrackingLineSearch, minimize, wolfeLineSearch, type Objective } from '../src/index.ts';
import { leastSquaresLine, quadratic, quartic, rosenbrock, ssr } from './helpers.ts';

describe('minimize (BFGS)', () => {
  it('minimize(rosenbrock, [−1.2, 1]) reaches (1, 1) in far fewer evaluations than gradient descent', () => {
    const run = minimize(rosenbrock, [-1.2, 1]);
    expect(run.reason).toBe('converged');
    expect(run.x[0]).toBeCloseTo(1, 8);
    expect(run.x[1]).toBeCloseTo(1, 8);
    // scipy needs about 40 iterations and 50 evaluations from the same start.
    expect(run.iterations).toBeLessThan(60);
    expect(run.evaluations).toBeLessThan(100);
  });

  it('minimize(ssr, [0, 1]) solves the least-squares line', () => {
    const run = minimize(ssr, [0, 1]);
    const exact = leastSquaresLine();
    expect(run.x[0]).toBeCloseTo(exact.intercept, 10);
    expect(run.x[1]).toBeCloseTo(exact.slope, 10);
  });

  it('minimize(quadratic, x0) solves a four-dimensional quadratic in a few iterations', () => {
    // With exact line searches BFGS would end in n = 4 steps; inexact Wolfe steps (c₂ = 0.9) cost a
    // few more, but convergence is superlinear, far from gradient descent's linear rate.
    const a = [
      [4, 1, 0, 0],
      [1, 3, 1, 0],
      [0, 1, 2, 0.5],
      [0, 0, 0.5, 1],
    ];
    const run = minimize(quadratic(a, [1, 2, 3, 4]), [0, 0, 0, 0], { stop: { gradientNorm: 1e-9 } });
    expect(run.reason).toBe('converged');
    const residual = a.map((row, i) => row.reduce((s, v, j) => s + v * (run.x[j] as number), 0) - [1, 2, 3, 4][i]!);
    expect(Math.max(...residual.map(Math.abs))).toBeLessThan(1e-9);
    expect(run.iterations).toBeLessThan(20);
  });

  it("minimize(objective, x0, {lineSearch: 'armijo'}) converges too", () => {
    const run = minimize(quartic, 6, { lineSearch: 'armijo' });
    expect(run.reason).toBe('converged');
    expect(run.x[0]).toBeCloseTo(5.326345, 6);
  });

  it('minimize(objective, x0) counts every evaluation, the start included', () => {
    let calls = 0;
    const counted: Objective = (x, g) => {
      calls++;
      return rosenbrock(x, g);
    };
    const run = minimize(counted, [-1.2, 1]);
    expect(run.evaluations).toBe(calls);
  });

  it('minimize(objective, x0, {stop: {maxSteps}}) stops with max-steps', () => {
    const run = minimize(rosenbrock, [-1.2, 1], { stop: { maxSteps: 3 } });
    expect(run.iterations).toBe(3);
    expect(run.reason).toBe('max-steps');
  });

  it('minimize(objective, x0, {trajectory: true}) records steps as x_{k−1} − x_k, ending on the result', () => {
    const run = minimize(quartic, 1, { trajectory: true });
    const points = run.trajectory ?? [];
    expect(points[0]?.x).toEqual([1]);
    for (let k = 1; k < points.length; k++) {
      expect(points[k]?.step[0]).toBe((points[k - 1]?.x[0] as number) - (points[k]?.x[0] as number));
    }
    expect(points.at(-1)?.x).toEqual(Array.from(run.x));
    expect(points.at(-1)?.f).toBe(run.f);
  });

  it('minimize(objective, x0) stops with diverged on a function unbounded below', () => {
    const cap: Objective = (x, g) => {
      g[0] = -2 * (x[0] as number);
      return -((x[0] as number) ** 2);
    };
    const run = minimize(cap, 1);
    expect(run.reason).toBe('diverged');
    expect(run.divergedAt).toBe(run.iterations + 1);
    expect(Number.isFinite(run.f)).toBe(true);
  });

  it('minimize(objective, x0) converges at once from a stationary point', () => {
    const run = minimize(quartic, 0, { stop: { gradientNorm: 100 } });
    expect(run.iterations).toBe(0);
    expect(run.reason).toBe('converged');
  });
});

describe('line searches', () => {
  const phi = (a: number) => (a - 2) ** 2; // φ(0) = 4, φ'(0) = −4

  it('backtrackingLineSearch(phi, phi0, slope0) returns the first α with sufficient decrease', () => {
    // φ(α) ≤ 4 − 0.5·4α ⇔ α ≤ 2 (and α ≥ 0); from 16 halving gives 8, 4, 2.
    expect(backtrackingLineSearch(phi, 4, -4, 16, { c: 0.5 })).toBe(2);
  });

  it('backtrackingLineSearch(phi, phi0, slope0) returns 0 when nothing decreases', () => {
    expect(backtrackingLineSearch(() => 10, 4, -4, 1, { maxBacktracks: 5 })).toBe(0);
  });

  it('backtrackingLineSearch(phi, phi0, slope0) rejects an ascent direction', () => {
    expect(() => backtrackingLineSearch(phi, 4, 1)).toThrow(/slope0 must be negative/);
  });

  it('wolfeLineSearch(phi, phi0, slope0) returns a step meeting the strong Wolfe conditions', () => {
    const line = (a: number) => ({ value: (a - 2) ** 2 + Math.sin(3 * a), slope: 2 * (a - 2) + 3 * Math.cos(3 * a) });
    const start = line(0);
    for (const initial of [0.01, 1, 10]) {
      const alpha = wolfeLineSearch(line, start.value, start.slope, initial, { c1: 1e-4, c2: 0.1 });
      const at = line(alpha);
      expect(alpha).toBeGreaterThan(0);
      expect(at.value).toBeLessThanOrEqual(start.value + 1e-4 * alpha * start.slope);
      expect(Math.abs(at.slope)).toBeLessThanOrEqual(0.1 * Math.abs(start.slope));
    }
  });

  it('wolfeLineSearch(phi, phi0, slope0, initial, {c1, c2}) requires c1 < c2', () => {
    expect(() => wolfeLineSearch(() => ({ value: 0, slope: 0 }), 0, -1, 1, { c1: 0.5, c2: 0.5 })).toThrow(RangeError);
  });
});
