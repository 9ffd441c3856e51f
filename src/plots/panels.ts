import * as Plot from '@observablehq/plot';
import { accessiblePlot } from './accessible.ts';
import { composePlots } from './compose.ts';

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

/** Two charts of the same width, one above the other, as one image with one text alternative. */
export function stackedCharts(
  document: Document,
  upper: Element,
  lower: Element,
  width: number,
  upperHeight: number,
  lowerHeight: number,
  description: string,
) {
  const panels = [
    { chart: upper, x: 0, y: 0 },
    { chart: lower, x: 0, y: upperHeight },
  ];
  return accessiblePlot(composePlots(document, panels, width, upperHeight + lowerHeight), description);
}
