import type { Interval } from '../plots/contours.ts';

/** A function of two variables with its partial derivatives, and the rectangle the book draws it on. */
export interface Surface2D {
  /** TeX for the function, such as `f(x, y) = x^2 + y^2`. */
  tex: string;
  /** The variables' names as readers see them (and as the URL names the point): `['x', 'y']`, `['m', 'b']`. */
  vars: readonly [string, string];
  /** The function's name: `f`, `T`, `E`. */
  name: string;
  /** f as text in x and y (its first and second variable) that the playground reads. */
  formula?: string;
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
  /** f as text in x and y that the playground reads. */
  formula?: string;
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
    formula: quadraticText(q),
    f: (x, y) => q.xx * x * x + q.yy * y * y + q.xy * x * y + q.x * x + q.y * y + q.c,
    grad: (x, y) => [2 * q.xx * x + q.xy * y + q.x, 2 * q.yy * y + q.xy * x + q.y],
  };
}

/**
 * q multiplied out as text the playground reads, in x and y (its first and second variable), each
 * coefficient to 15 significant digits; terms with a zero coefficient are left out, so a quadratic with
 * only xx, x and c is a function of x alone.
 */
export function quadraticText(q: Quadratic): string {
  const terms: [number, string][] = [
    [q.xx, '*x^2'],
    [q.yy, '*y^2'],
    [q.xy, '*x*y'],
    [q.x, '*x'],
    [q.y, '*y'],
    [q.c, ''],
  ];
  const text = terms
    .filter(([c]) => c !== 0)
    // 15 significant digits: the sums of the data without their last bit of rounding (13.95, not 13.950000000000001).
    .map(([c, term]) => `${c < 0 ? '-' : '+'} ${String(Number(Math.abs(c).toPrecision(15)))}${term}`)
    .join(' ');
  return text.replace(/^\+ /, '').replace(/^- /, '-');
}

/** q with its second variable fixed at 0: a quadratic in x alone. */
export function firstVariableOnly(q: Quadratic): Quadratic {
  return { ...q, yy: 0, xy: 0, y: 0 };
}

/** q(y, x): the two variables swapped. */
export function swapped(q: Quadratic): Quadratic {
  return { xx: q.yy, yy: q.xx, xy: q.xy, x: q.y, y: q.x, c: q.c };
}

/** k·q. */
export function scaled(q: Quadratic, k: number): Quadratic {
  return { xx: k * q.xx, yy: k * q.yy, xy: k * q.xy, x: k * q.x, y: k * q.y, c: k * q.c };
}
