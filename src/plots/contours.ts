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
  return [
    Plot.contour({
      x1,
      x2,
      y1,
      y2,
      width: resolution,
      height: resolution,
      // Plot outlines the region above each threshold, whose border includes the frame; the
      // region below (contours of −f) is bordered by the level set alone.
      value: (x: number, y: number) => -f(x, y),
      thresholds: thresholds.map((t) => -t),
      stroke: 'currentColor',
      strokeOpacity: 0.35,
      fill: 'none',
    }),
  ];
}
