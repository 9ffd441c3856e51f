import { formatNumber } from '../format.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { mapFrame, pointOf, pointParams, valuesAt, type PointParams, type PointValues } from '../surface.ts';
import type { Surface2D } from '../../problems/surfaces.ts';

/** A surface cut through a point along x and along y: each slice is a curve, and its slope is a partial derivative. */
export interface SlicesExample extends ExampleBase {
  widget: 'slices';
  problem: Surface2D;
  /** The point, by the surface's variable names. */
  defaults: PointParams;
}

export function slicesParams(example: SlicesExample): ParamSpec[] {
  return pointParams(example.problem);
}

export function runSlices(example: SlicesExample, params: PointParams): PointValues {
  const [x, y] = pointOf(example.problem, params);
  return valuesAt(example.problem, x, y);
}

/** The value `f` at the point and the slopes of the two slices there, `fx` and `fy`. */
export function slicesQuantities(values: PointValues): Quantities {
  return { f: values.f, fx: values.fx, fy: values.fy };
}

/** The tangent plane z = f + fx (x − x₀) + fy (y − y₀) as text, with signs folded in: "z = 20 + 4(x − 2) + 8(y − 4)". */
export function tangentPlaneText(surface: Surface2D, v: PointValues, format: (n: number) => string): string {
  const term = (slope: number, name: string, at: number) => {
    const sign = slope < 0 ? '−' : '+';
    const shift = at === 0 ? name : `(${name} ${at < 0 ? '+' : '−'} ${format(Math.abs(at))})`;
    return ` ${sign} ${format(Math.abs(slope))}${shift}`;
  };
  const [a, b] = surface.vars;
  return `z = ${format(v.f)}${term(v.fx, a, v.x)}${term(v.fy, b, v.y)}`;
}

/** Where the map and the two slice panels sit in the figure (SVG units). */
export function slicesLayout(surface: Pick<Surface2D, 'domain'>) {
  const width = 600;
  const height = 300;
  const side = 300;
  return {
    width,
    height,
    map: mapFrame(surface, side, height),
    slice: { x: side + 8, width: width - side - 8, height: height / 2 },
  };
}

/** The caption: the point and the slopes of the two slices through it. */
export function describeSlices(example: SlicesExample, v: PointValues): string {
  const { vars, name } = example.problem;
  const n = (value: number) => formatNumber(value, 4);
  return `At (${vars.join(', ')}) = (${n(v.x)}, ${n(v.y)}), ${name} = ${n(v.f)}; the slice along ${vars[0]} has slope ${n(v.fx)} there and the slice along ${vars[1]} has slope ${n(v.fy)}.`;
}
