import type { NumberParam } from '../problems/types.ts';
import type { Interval } from '../plots/contours.ts';
import type { Quadratic, Surface2D } from '../problems/surfaces.ts';

/** The point (x, y) a surface widget shows, keyed by the surface's variable names. */
export type PointParams = Record<string, number>;

export interface PointValues {
  x: number;
  y: number;
  f: number;
  /** ∂f/∂x and ∂f/∂y at the point. */
  fx: number;
  fy: number;
}

export function valuesAt(surface: Surface2D, x: number, y: number): PointValues {
  const [fx, fy] = surface.grad(x, y);
  return { x, y, f: surface.f(x, y), fx, fy };
}

/** The point as it sits in the params. */
export function pointOf(surface: Surface2D, params: PointParams): [number, number] {
  return [params[surface.vars[0]]!, params[surface.vars[1]]!];
}

/** One number control per coordinate, named after the variable (`?id.x=2&id.y=3`), limited to the drawn rectangle. */
export function pointParams(surface: Surface2D, step = 0.1): NumberParam[] {
  const { x, y } = surface.domain;
  return [
    { kind: 'number', name: surface.vars[0], label: `Point ${surface.vars[0]}`, min: x[0], max: x[1], step },
    { kind: 'number', name: surface.vars[1], label: `Point ${surface.vars[1]}`, min: y[0], max: y[1], step },
  ];
}

/** Where a surface's map sits inside its figure's SVG: the plotting area of the contour panel, in SVG units. */
export interface MapFrame {
  /** Left and top of the plotting area. */
  left: number;
  top: number;
  width: number;
  height: number;
  domain: { x: Interval; y: Interval };
}

/**
 * The point of the map under a click or tap on the figure's SVG, rounded to the controls' step,
 * or nothing if the click missed the map's plotting area.
 */
export function pointFromClick(svg: SVGSVGElement, frame: MapFrame, clientX: number, clientY: number, step: number) {
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  if (box.width === 0 || box.height === 0 || !view || view.width === 0) return undefined;
  const u = ((clientX - box.left) * view.width) / box.width - frame.left;
  const v = ((clientY - box.top) * view.height) / box.height - frame.top;
  if (u < 0 || v < 0 || u > frame.width || v > frame.height) return undefined;
  const [x1, x2] = frame.domain.x;
  const [y1, y2] = frame.domain.y;
  const snap = (value: number, [lo, hi]: Interval) =>
    Math.min(hi, Math.max(lo, Number((Math.round(value / step) * step).toPrecision(12))));
  return [snap(x1 + ((x2 - x1) * u) / frame.width, frame.domain.x), snap(y2 - ((y2 - y1) * v) / frame.height, frame.domain.y)] as const;
}

/** Space around a map's plotting area for its axes, in SVG units. */
export const mapMargins = { left: 44, right: 12, top: 24, bottom: 36 };

/**
 * The largest plotting area with equal units on both axes (so that gradients look perpendicular to
 * the level curves) that fits a box of `maxWidth` × `maxHeight` placed at (`x`, `y`) in the figure.
 */
export function mapFrame(surface: Pick<Surface2D, 'domain'>, maxWidth: number, maxHeight: number, x = 0, y = 0): MapFrame {
  const { domain } = surface;
  const aspect = (domain.y[1] - domain.y[0]) / (domain.x[1] - domain.x[0]);
  const room = { width: maxWidth - mapMargins.left - mapMargins.right, height: maxHeight - mapMargins.top - mapMargins.bottom };
  const width = Math.min(room.width, room.height / aspect);
  return { left: x + mapMargins.left, top: y + mapMargins.top, width, height: width * aspect, domain };
}

/** The name of a partial derivative as readers see it: ∂f/∂x. */
export function partialName(surface: Surface2D, i: 0 | 1): string {
  return `∂${surface.name}/∂${surface.vars[i]}`;
}

/**
 * A click handler for a figure's plot container: `set` gets the point of the map under the click.
 * `frame` is the map's place in the SVG, or reads it from the SVG drawn.
 */
export function onMapClick(frame: MapFrame | ((svg: SVGSVGElement) => MapFrame), step: number, set: (x: number, y: number) => void) {
  return (event: MouseEvent) => {
    const svg = (event.currentTarget as HTMLElement | null)?.querySelector('svg');
    if (!svg) return;
    const point = pointFromClick(svg, typeof frame === 'function' ? frame(svg) : frame, event.clientX, event.clientY, step);
    if (point) set(point[0], point[1]);
  };
}

/** A click handler for a figure's plot container that moves the point to where the map was clicked. */
export function moveOnClick(surface: Surface2D, frame: MapFrame, editAll: (raws: Record<string, string>) => void, step = 0.1) {
  return onMapClick(frame, step, (x, y) => editAll({ [surface.vars[0]]: String(x), [surface.vars[1]]: String(y) }));
}

/**
 * Where both partials of a quadratic vanish: the 2×2 linear system
 * [2xx, xy; xy, 2yy] (x, y) = −(x, y) solved by Cramer's rule; undefined if it has no single solution.
 */
export function stationaryPoint(q: Quadratic): [number, number] | undefined {
  const det = 4 * q.xx * q.yy - q.xy * q.xy;
  if (det === 0 || !Number.isFinite(det)) return undefined;
  return [(-q.x * 2 * q.yy + q.y * q.xy) / det, (-q.y * 2 * q.xx + q.x * q.xy) / det];
}
