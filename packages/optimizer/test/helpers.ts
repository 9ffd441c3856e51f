import { expect } from 'vitest';
import type { Objective } from '../src/index.ts';

/**
 * Asserts that `actual` rounds to `stated` at the precision `stated` is written with,
 * e.g. roundsTo(4.2672968, '4.267297').
 */
export function roundsTo(actual: number | undefined, stated: string): void {
  const decimals = stated.split('.')[1]?.length ?? 0;
  expect(actual, `expected ${String(actual)} to round to ${stated}`).toBeTypeOf('number');
  expect((actual as number).toFixed(decimals)).toBe(stated);
}

/** The book's quartic f(x) = (x⁴ − 15x³ + 80x² − 180x + 144)/10, written out directly. */
export const quartic: Objective = (x, gradient) => {
  const v = x[0] as number;
  gradient[0] = (4 * v ** 3 - 45 * v ** 2 + 160 * v - 180) / 10;
  return (v ** 4 - 15 * v ** 3 + 80 * v ** 2 - 180 * v + 144) / 10;
};

/** Rosenbrock's function (a = 1, b = 100), minimum 0 at (1, 1). */
export const rosenbrock: Objective = (x, gradient) => {
  const a = x[0] as number;
  const b = x[1] as number;
  gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  gradient[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

/** ½ xᵀAx − bᵀx for a symmetric matrix A given row by row. */
export function quadratic(a: readonly (readonly number[])[], b: readonly number[]): Objective {
  return (x, gradient) => {
    let f = 0;
    for (let i = 0; i < b.length; i++) {
      let ax = 0;
      for (let j = 0; j < b.length; j++) ax += (a[i]?.[j] as number) * (x[j] as number);
      gradient[i] = ax - (b[i] as number);
      f += 0.5 * (x[i] as number) * ax - (b[i] as number) * (x[i] as number);
    }
    return f;
  };
}

/** The three points of the book's regression example. */
export const POINTS = [
  [0.5, 1.4],
  [2.3, 1.9],
  [2.9, 3.2],
] as const;

/** Sum of squared residuals over POINTS in (intercept, slope). */
export const ssr: Objective = (p, gradient) => {
  const intercept = p[0] as number;
  const slope = p[1] as number;
  let f = 0;
  let dIntercept = 0;
  let dSlope = 0;
  for (const [x, y] of POINTS) {
    const r = y - (intercept + slope * x);
    f += r * r;
    dIntercept += -2 * r;
    dSlope += -2 * x * r;
  }
  gradient[0] = dIntercept;
  gradient[1] = dSlope;
  return f;
};

/** Least-squares line through POINTS, from the normal equations (not from the code under test). */
export function leastSquaresLine(): { intercept: number; slope: number } {
  const n = POINTS.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of POINTS) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { intercept: (sy - slope * sx) / n, slope };
}

/** The least-squares line through the points (x_i, y_i), from covariance over variance. */
export function fittedLine(x: ArrayLike<number>, y: ArrayLike<number>): { intercept: number; slope: number } {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += (x[i] as number) / n;
    my += (y[i] as number) / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((x[i] as number) - mx) * ((y[i] as number) - my);
    sxx += ((x[i] as number) - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}
