import type { Interval } from '../plots/contours.ts';

/** A function of two variables with its partial derivatives, and the rectangle the book draws it on. */
export interface Surface2D {
  /** TeX for the function, such as `f(x, y) = x^2 + y^2`. */
  tex: string;
  /** The variables' names as readers see them (and as the URL names the point): `['x', 'y']`, `['m', 'b']`. */
  vars: readonly [string, string];
  /** The function's name: `f`, `T`, `E`. */
  name: string;
  f: (x: number, y: number) => number;
  /** (∂f/∂x, ∂f/∂y). */
  grad: (x: number, y: number) => readonly [number, number];
  domain: { x: Interval; y: Interval };
  /** How its level curves are spaced: 'log' suits a bowl, 'linear' a surface such as a temperature. */
  spacing?: 'log' | 'linear';
}

/** A function of two variables with its gradient, written out by hand. */
export interface Surface {
  kind: 'surface';
  f: (x: number, y: number) => number;
  gradient: (x: number, y: number) => readonly [number, number];
  /** The minimiser, where it is known in closed form (drawn, and compared with the run). */
  minimum?: readonly [number, number];
}

/** q(x, y) = xx·x² + yy·y² + xy·x·y + x·x + y·y + c, in the surface's own variables. */
export interface Quadratic {
  xx: number;
  yy: number;
  xy: number;
  x: number;
  y: number;
  c: number;
}

/** A quadratic surface; it keeps its coefficients so a widget can show the expanded form and solve for ∇q = 0. */
export interface QuadraticSurface extends Surface2D {
  quadratic: Quadratic;
}

export function quadraticSurface(q: Quadratic, about: Omit<Surface2D, 'f' | 'grad'>): QuadraticSurface {
  return {
    ...about,
    quadratic: q,
    f: (x, y) => q.xx * x * x + q.yy * y * y + q.xy * x * y + q.x * x + q.y * y + q.c,
    grad: (x, y) => [2 * q.xx * x + q.xy * y + q.x, 2 * q.yy * y + q.xy * x + q.y],
  };
}
