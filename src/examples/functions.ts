import type { Function1D } from '../widgets/descent1d/model.ts';

/** The source's "arbitrary function": a quartic with a local minimum, a hump and a global minimum. */
export const quartic: Function1D = {
  tex: 'f(x) = \\tfrac{1}{10}\\left(x^4 - 15x^3 + 80x^2 - 180x + 144\\right)',
  f: (x) => (x ** 4 - 15 * x ** 3 + 80 * x ** 2 - 180 * x + 144) / 10,
  df: (x) => (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10,
  domain: [1, 7],
  range: [-1, 3],
};
