import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { sampleCurve } from '../../plots/curve.ts';
import { formatNumber } from '../format.ts';
import { markerFor } from './markers.ts';
import type { Basins, BasinsExample } from './model.ts';

/** The curve with a marker at every start, shaped and coloured by where descent from it ends. */
export function drawBasins(example: BasinsExample, basins: Basins, document: Document): Element {
  const { f, domain } = example.problem;
  const [lo, hi] = domain;
  const curve = sampleCurve(f, domain);
  // The whole curve, not the function's usual clipped range: every start must be visible.
  const ys = curve.map((p) => p.y);
  const [ymin, ymax] = [Math.min(...ys), Math.max(...ys)];
  const marks: Plot.Markish[] = [Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.6, clip: true })];
  basins.outcomes.forEach((outcome, index) => {
    const { symbol, color } = markerFor(basins.outcomes, index);
    const starts = basins.starts.filter((s) => s.outcome === index).map((s) => ({ x: s.x0, y: f(s.x0) }));
    const filled = symbol !== 'times';
    marks.push(
      Plot.dot(starts, { x: 'x', y: 'y', symbol: () => symbol, r: 4.5, clip: true, ...(filled ? { fill: color } : { stroke: color, strokeWidth: 2 }) }),
    );
    if (outcome.kind === 'converged') {
      marks.push(Plot.dot([{ x: outcome.end, y: f(outcome.end) }], { x: 'x', y: 'y', symbol: () => symbol, r: 9, stroke: color, strokeWidth: 2, fill: 'none' }));
    }
  });
  const chart = Plot.plot({
    document,
    width: 640,
    height: 300,
    marginLeft: 48,
    x: { domain: [lo, hi], label: 'start x₀', inset: 8 },
    y: { domain: [ymin, ymax], label: 'f(x₀)', grid: true, inset: 8 },
    marks,
  });
  const summary = basins.intervals
    .map((i) => `starts from ${formatNumber(i.from)} to ${formatNumber(i.to)} ${basins.outcomes[i.outcome]!.label}`)
    .join('; ');
  return accessiblePlot(
    chart,
    `Plot of ${example.title}: the curve of f from ${lo} to ${hi} with a marker at each of ${basins.starts.length} starts, shaped by where descent from it ends: ${summary}. The table below lists the same.`,
  );
}
