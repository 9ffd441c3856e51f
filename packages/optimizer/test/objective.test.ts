import { describe, expect, it } from 'vitest';
import { gradientCheck, numericalGradient, scalar, type Objective } from '../src/index.ts';
import { rosenbrock } from './helpers.ts';

describe('objectives', () => {
  it('scalar(f, df) evaluates f and writes df into the gradient', () => {
    const objective = scalar(
      (x) => x ** 3,
      (x) => 3 * x ** 2,
    );
    const gradient = new Float64Array(1);
    expect(objective(Float64Array.of(2), gradient)).toBe(8);
    expect(gradient[0]).toBe(12);
  });

  it('numericalGradient(f, x, out) approximates the gradient by central differences', () => {
    const out = numericalGradient((x) => Math.sin(x[0] as number) * (x[1] as number) ** 2, Float64Array.of(0.3, 2), new Float64Array(2));
    expect(out[0]).toBeCloseTo(Math.cos(0.3) * 4, 8);
    expect(out[1]).toBeCloseTo(Math.sin(0.3) * 4, 8);
  });

  it('numericalGradient(f, x, out) is exact for a quadratic up to rounding and leaves x alone', () => {
    const x = Float64Array.of(1.5, -3);
    numericalGradient((p) => (p[0] as number) ** 2 + 3 * (p[1] as number), x, new Float64Array(2));
    expect(x).toEqual(Float64Array.of(1.5, -3));
  });

  it('numericalGradient(f, x, out) rejects an output of the wrong length', () => {
    expect(() => numericalGradient(() => 0, Float64Array.of(1, 2), new Float64Array(1))).toThrow(/out has length 1; expected length 2/);
  });

  it('gradientCheck(objective, x) is tiny for a correct gradient', () => {
    expect(gradientCheck(rosenbrock, [-1.2, 1])).toBeLessThan(1e-7);
  });

  it('gradientCheck(objective, x) exposes a wrong gradient', () => {
    const wrong: Objective = (x, g) => {
      rosenbrock(x, g);
      g[1] = (g[1] as number) * 1.01;
      return rosenbrock(x, new Float64Array(2));
    };
    // ∂f/∂y at (−1.2, 1) is 200(1 − 1.44) = −88; the wrong one is −88.88, and the error is
    // measured against the larger: 0.88 / 88.88 = 0.01 / 1.01.
    expect(gradientCheck(wrong, [-1.2, 1])).toBeCloseTo(0.01 / 1.01, 7);
  });

  it('gradientCheck(objective, x) reports Infinity rather than NaN for a broken gradient', () => {
    const broken = scalar((x) => x, () => NaN);
    expect(gradientCheck(broken, 1)).toBe(Infinity);
  });
});
