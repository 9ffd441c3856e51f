import * as Plot from '@observablehq/plot';

export type Surface = (x: number, y: number) => number;
export type Interval = readonly [number, number];

/**
 * The level sets of f over a rectangle, as Plot marks. Loss surfaces span many orders of
 * magnitude, so the levels are spaced evenly in log(f − min) unless `spacing` is 'linear'.
 * The top level is the grid's highest value, or with `top: 'edge'` the lowest value on the
 * rectangle's edge, so that every level set is a closed curve inside it (none runs along the frame).
 */
export function contourMarks(
  f: Surface,
  [x1, x2]: Interval,
  [y1, y2]: Interval,
  {
    levels = 14,
    spacing = 'log',
    resolution = 50,
    top = 'grid',
  }: { levels?: number; spacing?: 'log' | 'linear'; resolution?: number; top?: 'grid' | 'edge' } = {},
): Plot.Markish[] {
  let low = Infinity;
  let high = -Infinity;
  let edge = Infinity;
  for (let i = 0; i <= resolution; i++) {
    for (let j = 0; j <= resolution; j++) {
      const v = f(x1 + ((x2 - x1) * i) / resolution, y1 + ((y2 - y1) * j) / resolution);
      if (Number.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
        if (i === 0 || j === 0 || i === resolution || j === resolution) edge = Math.min(edge, v);
      }
    }
  }
  if (top === 'edge' && edge < high) high = edge;
  const span = high - low;
  const thresholds = Array.from({ length: levels }, (_, k) => {
    const t = (k + 1) / (levels + 1);
    // Log spacing covers three decades above the minimum: low + span·10^(−3(1 − t)).
    return spacing === 'log' ? low + span * 10 ** (-3 * (1 - t)) : low + span * t;
  });
  // Contour polygons close along the edge of the sampled rectangle; sampling a cell beyond the
  // drawn one and clipping keeps those edges out of sight, so only true level curves show.
  // Levels below the edge's lowest value ('edge') close inside the rectangle and need no margin.
  const cells = top === 'edge' ? 0 : 1;
  const [dx, dy] = [((x2 - x1) / resolution) * cells, ((y2 - y1) / resolution) * cells];
  return [
    Plot.contour({
      x1: x1 - dx,
      x2: x2 + dx,
      y1: y1 - dy,
      y2: y2 + dy,
      width: resolution + 2 * cells,
      height: resolution + 2 * cells,
      clip: true,
      // Plot outlines the region above each threshold, whose border includes the frame; the region
      // below (contours of −f) is bordered by the level set alone, which 'edge' levels keep inside.
      value: top === 'edge' ? (x: number, y: number) => -f(x, y) : f,
      thresholds: top === 'edge' ? thresholds.map((t) => -t) : thresholds,
      stroke: 'currentColor',
      strokeOpacity: 0.35,
      fill: 'none',
      className: contourClass,
    }),
  ];
}

/** The class of the group that holds the level lines drawn by {@link contourMarks}. */
export const contourClass = 'contour-levels';

type Point = [number, number];

/**
 * Plot closes every level set into rings, running them along the frame where they leave it, so
 * unfilled contours also stroke stretches of the frame. This rewrites each level's path without
 * the pieces that lie within a grid cell of the frame, with coordinates to 0.1 px, which also makes
 * the SVG lighter. `chart` is what Plot.plot returned for marks that include {@link contourMarks}
 * drawn at `resolution`.
 */
export function dropFrameEdges(chart: Element & Partial<Plot.Plot>, resolution = 50): void {
  const [left, right] = [...(chart.scale?.('x')?.range ?? [])].sort((a, b) => a - b);
  const [top, bottom] = [...(chart.scale?.('y')?.range ?? [])].sort((a, b) => a - b);
  if (left === undefined || right === undefined || top === undefined || bottom === undefined) return;
  // The rings close up within a grid cell of the frame: that band is the frame's.
  const [dx, dy] = [(right - left) / resolution + 0.01, (bottom - top) / resolution + 0.01];
  const framed = ([x, y]: Point) => x - left < dx || right - x < dx || y - top < dy || bottom - y < dy;
  // Both ends in the band: a stretch along the frame, or a corner cut off by the ring.
  const onFrame = (p: Point, q: Point) => framed(p) && framed(q);
  const at = ([x, y]: Point) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  for (const path of chart.querySelectorAll(`.${contourClass} path`)) {
    const rings = (path.getAttribute('d') ?? '').split('M').filter(Boolean).map((ring) =>
      ring
        .replace(/Z/g, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as Point),
    );
    let d = '';
    for (const ring of rings) {
      let open = false;
      ring.forEach((p, i) => {
        const q = ring[(i + 1) % ring.length]!;
        if (onFrame(p, q)) {
          open = false;
          return;
        }
        if (!open) d += `M${at(p)}`;
        d += `L${at(q)}`;
        open = true;
      });
    }
    path.setAttribute('d', d);
  }
}
