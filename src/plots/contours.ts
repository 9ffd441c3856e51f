import * as Plot from '@observablehq/plot';

export type Surface = (x: number, y: number) => number;
export type Interval = readonly [number, number];

/**
 * The level sets of f over a rectangle, as Plot marks. Loss surfaces span many orders of
 * magnitude, so the levels are spaced evenly in log(f − min) unless `spacing` is 'linear'.
 */
export function contourMarks(
  f: Surface,
  [x1, x2]: Interval,
  [y1, y2]: Interval,
  { levels = 14, spacing = 'log', resolution = 50 }: { levels?: number; spacing?: 'log' | 'linear'; resolution?: number } = {},
): Plot.Markish[] {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i <= resolution; i++) {
    for (let j = 0; j <= resolution; j++) {
      const v = f(x1 + ((x2 - x1) * i) / resolution, y1 + ((y2 - y1) * j) / resolution);
      if (Number.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
  }
  const span = high - low;
  const thresholds = Array.from({ length: levels }, (_, k) => {
    const t = (k + 1) / (levels + 1);
    // Log spacing covers three decades above the minimum: low + span·10^(−3(1 − t)).
    return spacing === 'log' ? low + span * 10 ** (-3 * (1 - t)) : low + span * t;
  });
  // Contour polygons close along the edge of the sampled rectangle; sampling a little beyond the
  // drawn one and clipping keeps those edges out of sight, so only true level curves show.
  const [dx, dy] = [(x2 - x1) / resolution, (y2 - y1) / resolution];
  return [
    Plot.contour({
      x1: x1 - dx,
      x2: x2 + dx,
      y1: y1 - dy,
      y2: y2 + dy,
      width: resolution + 2,
      height: resolution + 2,
      clip: true,
      value: f,
      thresholds,
      stroke: 'currentColor',
      strokeOpacity: 0.35,
      fill: 'none',
    }),
  ];
}
