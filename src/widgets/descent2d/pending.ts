// Stand-ins until @descent/optimizer exports its data objectives and least squares (being finished
// on main); then this file goes and model.ts imports both from the package.
export { linearRegression, type SquaredLoss } from '../../../packages/optimizer/src/data.ts';

/** The least-squares line through (x, y) from the 2 × 2 normal equations: [intercept, slope]. */
export function leastSquaresLine(x: Float64Array, y: Float64Array): [number, number] {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  const slope = sxy / sxx;
  return [my - slope * mx, slope];
}
