/**
 * The book's hand-written functions as a reader types them into the playground, in x (and y). Kept
 * apart from functions.ts, which loads the data sets, so that the playground's presets and the
 * browser tests can read them alone.
 */
export const formulas = {
  quartic: '(x^4 - 15x^3 + 80x^2 - 180x + 144)/10',
  expMinusLog: 'exp(x) - ln(x)',
  product: '3x^2 y^3',
  heat: '85 - x^2 (x - 6) y^2 (y - 6) / 90',
  plateau: '1 - exp(-x^2/2)',
} as const;
