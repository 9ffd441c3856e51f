import type { Objective } from '@descent/optimizer';

/** A function of one variable with its derivative, and the interval the book draws it on. */
export interface Function1D {
  /** TeX for f(x). */
  tex: string;
  /** f as text in x that the playground reads, where the book links to it. */
  formula?: string;
  f: (x: number) => number;
  df: (x: number) => number;
  domain: readonly [number, number];
  /** The range of f(x) drawn; the curve is clipped to it. Defaults to the curve's own range. */
  range?: readonly [number, number];
  /** How readers see the variable and the function, such as θ and MSE; default x and f. */
  symbols?: { x: string; f: string };
  /** Learning rates worth sweeping with a slider, from slow through oscillating; no slider without it. */
  rates?: { min: number; max: number; step: number };
}

/** f and f′ of a one-parameter objective, such as a loss over a data set. */
export function curveOf(objective: Objective): Pick<Function1D, 'f' | 'df'> {
  const gradient = new Float64Array(1);
  return {
    f: (x) => objective(Float64Array.of(x), gradient),
    df: (x) => (objective(Float64Array.of(x), gradient), gradient[0]!),
  };
}

/** A function of one variable drawn with its slope underneath. */
export interface TangentProblem extends Function1D {
  /** The range of f′(x) drawn in the lower panel; the curve is clipped to it. Defaults to its own range. */
  slopeRange?: readonly [number, number];
}
