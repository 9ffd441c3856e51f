import { linearRegression } from '@descent/optimizer';
import type { Function1D, TangentProblem } from './curves.ts';
import { formulas } from './formulas.ts';
import { quadraticSurface, type Quadratic, type QuadraticSurface, type Surface, type Surface2D } from './surfaces.ts';
import { powerLines, tips, type Pairs } from './datasets.ts';

/** The source's "arbitrary function": a quartic with a local minimum, a hump and a global minimum. */
export const quartic: Function1D = {
  tex: 'f(x) = \\tfrac{1}{10}\\left(x^4 - 15x^3 + 80x^2 - 180x + 144\\right)',
  formula: formulas.quartic,
  f: (x) => (x ** 4 - 15 * x ** 3 + 80 * x ** 2 - 180 * x + 144) / 10,
  df: (x) => (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10,
  domain: [1, 7],
  range: [-1, 3],
  rates: { min: 0.01, max: 1.6, step: 0.01 },
};

/** Seed 001's "hard to optimise" function: f′(x) = eˣ − 1/x = 0 has no solution in elementary terms. */
export const expMinusLog: TangentProblem = {
  tex: 'f(x) = e^x - \\ln x',
  formula: formulas.expMinusLog,
  f: (x) => Math.exp(x) - Math.log(x),
  df: (x) => Math.exp(x) - 1 / x,
  domain: [0.1, 2],
  range: [1, 7],
  slopeRange: [-6, 6],
};

/** Seed 001's bowl: f(x, y) = x² + y². */
export const paraboloid: QuadraticSurface = quadraticSurface(
  { xx: 1, yy: 1, xy: 0, x: 0, y: 0, c: 0 },
  { tex: 'f(x, y) = x^2 + y^2', vars: ['x', 'y'], name: 'f', domain: { x: [-5, 5], y: [-5, 5] }, spacing: 'linear' },
);

/** Seed 001's product example: f(x, y) = 3x²y³, so ∂f/∂x = 6xy³ and ∂f/∂y = 9x²y². */
export const product: Surface2D = {
  tex: 'f(x, y) = 3x^2y^3',
  formula: formulas.product,
  vars: ['x', 'y'],
  name: 'f',
  f: (x, y) => 3 * x ** 2 * y ** 3,
  grad: (x, y) => [6 * x * y ** 3, 9 * x ** 2 * y ** 2],
  domain: { x: [-2, 2], y: [-2.5, 2.5] },
  spacing: 'linear',
};

/** Seed 001's room: the temperature T(x, y) = 85 − x²(x − 6) y²(y − 6) / 90 on the floor [0, 6] × [0, 6]. */
export const heat: Surface2D = {
  tex: 'T(x, y) = 85 - \\tfrac{1}{90}\\,x^2(x - 6)\\,y^2(y - 6)',
  vars: ['x', 'y'],
  name: 'T',
  formula: formulas.heat,
  f: (x, y) => 85 - (x ** 2 * (x - 6) * y ** 2 * (y - 6)) / 90,
  grad: (x, y) => [(-x * (3 * x - 12) * y ** 2 * (y - 6)) / 90, (-(x ** 2) * (x - 6) * y * (3 * y - 12)) / 90],
  domain: { x: [0, 6], y: [0, 6] },
  spacing: 'linear',
};

/**
 * The sum of squared vertical distances from the points to the line y = m x + b, multiplied out:
 * Σ(m xᵢ + b − yᵢ)² = (Σxᵢ²) m² + n b² + (2Σxᵢ) m b − (2Σxᵢyᵢ) m − (2Σyᵢ) b + Σyᵢ², in (m, b).
 */
export function squaredErrors({ x, y }: Pairs): Quadratic {
  const sum = (g: (i: number) => number) => x.reduce((s, _, i) => s + g(i), 0);
  return {
    xx: sum((i) => x[i]! ** 2),
    yy: x.length,
    xy: 2 * sum((i) => x[i]!),
    x: -2 * sum((i) => x[i]! * y[i]!),
    y: -2 * sum((i) => y[i]!),
    c: sum((i) => y[i]! ** 2),
  };
}

/** {@link squaredErrors} as a surface E(m, b). */
export function squaredErrorCost(data: Pairs, domain: Surface2D['domain']): QuadraticSurface {
  return quadraticSurface(squaredErrors(data), { tex: 'E(m, b) = \\sum_i (m x_i + b - y_i)^2', vars: ['m', 'b'], name: 'E', domain });
}

/** Seed 001's power lines: the cost of a line through (1, 2), (2, 5) and (3, 3). */
export const powerLinesCost: QuadraticSurface = squaredErrorCost(powerLines, { x: [-1, 2], y: [0, 4] });

/** e^x − ln x on the window where descent from 0.05 walks to its minimum, the omega constant 0.567143. */
export const omega: Function1D = { tex: expMinusLog.tex, formula: expMinusLog.formula, f: expMinusLog.f, df: expMinusLog.df, domain: [0.02, 1.5] };

/** The room's temperature as an objective for descent: coldest at (4, 4). */
export const heatObjective: Surface = { kind: 'surface', formula: heat.formula, f: heat.f, gradient: heat.grad, minimum: [4, 4] };
const tipsLoss = linearRegression(tips.x, tips.y, { intercept: false });
const theta = new Float64Array(1);
const slope = new Float64Array(1);

/** The mean squared error of the model tip = θ · total bill on the tips data, as a function of θ. */
export const tipsMse: Function1D = {
  tex: '\\operatorname{MSE}(\\theta) = \\tfrac{1}{n}\\textstyle\\sum_{i=1}^{n} (y_i - \\theta x_i)^2',
  f: (t) => {
    theta[0] = t;
    return tipsLoss(theta, slope);
  },
  df: (t) => {
    theta[0] = t;
    tipsLoss(theta, slope);
    return slope[0]!;
  },
  domain: [0, 0.3],
};

/** One dip between flat shoulders: a single minimum, and still not convex. */
export const plateau: Function1D = {
  tex: 'f(x) = 1 - e^{-x^2/2}',
  formula: formulas.plateau,
  f: (x) => 1 - Math.exp(-(x * x) / 2),
  df: (x) => x * Math.exp(-(x * x) / 2),
  domain: [-4, 4],
};
