import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { formatNumber } from '../format.ts';
import { mapFrame, mapMargins, pointOf, pointParams, stationaryPoint, valuesAt, type PointParams, type PointValues } from '../surface.ts';
import type { QuadraticSurface, Surface2D } from '../../problems/surfaces.ts';

/** A line on which both partials vanish at every point, such as the wall x = 0. */
export type CriticalLine = { x: number } | { y: number };

/** The gradient at a point the reader moves, over a field of gradient arrows on the level curves. */
export interface GradientFieldExample extends ExampleBase {
  widget: 'gradient-field';
  problem: Surface2D | QuadraticSurface;
  /** The point, by the surface's variable names. */
  defaults: PointParams;
  /** Points where both partials vanish, found by hand. A quadratic's own is computed and need not be listed. */
  candidates?: readonly (readonly [number, number])[];
  criticalLines?: readonly CriticalLine[];
  /** Show a quadratic's expanded form, its coefficients (`coef.*`) and the equations ∇f = 0. */
  expand?: boolean;
}

export interface GradientFieldResult {
  at: PointValues;
  /** The candidates with their values and partials; the quadratic's stationary point comes first. */
  candidates: PointValues[];
  /** Index of the candidate with the smallest value, or −1 if there are none. */
  lowest: number;
}

export function gradientFieldParams(example: GradientFieldExample): ParamSpec[] {
  return pointParams(example.problem);
}

export function runGradientField(example: GradientFieldExample, params: PointParams): GradientFieldResult {
  const surface = example.problem;
  const [x, y] = pointOf(surface, params);
  const solved = 'quadratic' in surface ? stationaryPoint(surface.quadratic) : undefined;
  const points = [...(solved ? [solved] : []), ...(example.candidates ?? [])];
  const candidates = points.map(([cx, cy]) => valuesAt(surface, cx, cy));
  let lowest = candidates.length ? 0 : -1;
  candidates.forEach((c, i) => {
    if (c.f < candidates[lowest]!.f) lowest = i;
  });
  return { at: valuesAt(surface, x, y), candidates, lowest };
}

/**
 * At the point: `f`, `fx`, `fy`. Each candidate: `candidate@i.x` (and `.y`, `.f`, `.fx`, `.fy`).
 * The lowest candidate: `min.x`, `min.y`, `min.f`. With `expand`, a quadratic's coefficients: `coef.xx`, `coef.yy`,
 * `coef.xy`, `coef.x`, `coef.y`, `coef.c` (x and y stand for the surface's first and second variable).
 */
export function gradientFieldQuantities(example: GradientFieldExample, result: GradientFieldResult): Quantities {
  const { at } = result;
  const quantities: Quantities = { f: at.f, fx: at.fx, fy: at.fy };
  result.candidates.forEach((c, i) => {
    for (const key of ['x', 'y', 'f', 'fx', 'fy'] as const) quantities[`candidate@${i + 1}.${key}`] = c[key];
  });
  const min = result.candidates[result.lowest];
  if (min) Object.assign(quantities, { 'min.x': min.x, 'min.y': min.y, 'min.f': min.f });
  if (example.expand && 'quadratic' in example.problem)
    for (const [key, value] of Object.entries(example.problem.quadratic)) quantities[`coef.${key}`] = value;
  return quantities;
}

/** Where the map sits in the figure (SVG units). */
export function gradientFieldLayout(surface: Surface2D) {
  const frame = mapFrame(surface, 520, 440);
  return {
    frame,
    width: frame.width + mapMargins.left + mapMargins.right,
    height: frame.height + mapMargins.top + mapMargins.bottom,
  };
}

/** A sum of terms as readers write it: "14m² + 12mb − 42m + 38", leaving out zero terms. */
export function polynomial(terms: [number, string][]): string {
  const shown = terms.filter(([c]) => c !== 0);
  if (shown.length === 0) return '0';
  return shown
    .map(([c, name], i) => {
      const size = Math.abs(c) === 1 && name !== '' ? '' : formatNumber(Math.abs(c));
      const sign = c < 0 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + ';
      return `${sign}${size}${name}`;
    })
    .join('');
}

/** The caption: the point, the value there and the gradient. */
export function describeGradientField(example: GradientFieldExample, { at }: GradientFieldResult): string {
  const { vars, name } = example.problem;
  const n = (v: number) => formatNumber(v, 4);
  const flat = at.fx === 0 && at.fy === 0 ? ', so the surface is flat there' : '';
  return `At (${vars.join(', ')}) = (${n(at.x)}, ${n(at.y)}), ${name} = ${n(at.f)} and its gradient is (${n(at.fx)}, ${n(at.fy)})${flat}.`;
}
