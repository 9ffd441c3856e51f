import type { Function1D } from '../widgets/descent1d/model.ts';
import type { Surface } from '../widgets/descent2d/model.ts';

/** The source's "arbitrary function": a quartic with a local minimum, a hump and a global minimum. */
export const quartic: Function1D = {
  tex: 'f(x) = \\tfrac{1}{10}\\left(x^4 - 15x^3 + 80x^2 - 180x + 144\\right)',
  f: (x) => (x ** 4 - 15 * x ** 3 + 80 * x ** 2 - 180 * x + 144) / 10,
  df: (x) => (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10,
  domain: [1, 7],
  range: [-1, 3],
};

/** Seed 001's e^x − ln x: f′(x) = e^x − 1/x vanishes where e^x = 1/x, at the omega constant 0.567143. */
export const omega: Function1D = {
  tex: 'f(x) = e^x - \\ln x',
  f: (x) => Math.exp(x) - Math.log(x),
  df: (x) => Math.exp(x) - 1 / x,
  domain: [0.02, 1.5],
};

/**
 * Seed 001's heat map: the temperature T(x, y) = 85 − (1/90) x²(x − 6) y²(y − 6) of a room
 * [0, 6] × [0, 6], coldest at (4, 4).
 */
export const heat: Surface = {
  kind: 'surface',
  f: (x, y) => 85 - (x * x * (x - 6) * y * y * (y - 6)) / 90,
  gradient: (x, y) => [-(x * (3 * x - 12) * y * y * (y - 6)) / 90, -(x * x * (x - 6) * y * (3 * y - 12)) / 90],
  minimum: [4, 4],
};
