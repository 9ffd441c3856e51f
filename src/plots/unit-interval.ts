import * as Plot from '@observablehq/plot';

/**
 * A chart of curves and points over x in [−1, 1], with a y-range that covers `values` (the true
 * curve and the data) with room to spare; fits that swing further are clipped.
 */
export function unitIntervalChart(document: Document, values: readonly number[], marks: Plot.Markish[], width: number, height: number) {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const pad = Math.max(0.5, 0.25 * (hi - lo));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    x: { domain: [-1, 1], label: 'x' },
    y: { domain: [lo - pad, hi + pad], label: 'y', grid: true },
    marks,
  });
}
