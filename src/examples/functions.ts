import { linearRegression } from '@descent/optimizer';
import type { Function1D } from '../widgets/descent1d/model.ts';
import { tips } from './datasets.ts';

/** The source's "arbitrary function": a quartic with a local minimum, a hump and a global minimum. */
export const quartic: Function1D = {
  tex: 'f(x) = \\tfrac{1}{10}\\left(x^4 - 15x^3 + 80x^2 - 180x + 144\\right)',
  f: (x) => (x ** 4 - 15 * x ** 3 + 80 * x ** 2 - 180 * x + 144) / 10,
  df: (x) => (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10,
  domain: [1, 7],
  range: [-1, 3],
};

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
  f: (x) => 1 - Math.exp(-(x * x) / 2),
  df: (x) => x * Math.exp(-(x * x) / 2),
  domain: [-4, 4],
};
