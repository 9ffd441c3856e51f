import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { formatNumber } from '../format.ts';
import { lastRow, type ScaleExample, type ScaleRun } from './model.ts';

/** The first points of the data with the line they were made from (dashed) and the fitted line. */
export function drawScale(example: ScaleExample, run: ScaleRun, document: Document): Element {
  const line = example.problem;
  const [x1, x2] = line.x;
  const end = lastRow(run);
  const points = run.sample.x.map((x, i) => ({ x, y: run.sample.y[i]! }));
  const ys = points.map((p) => p.y);
  const along = (a: number, b: number) => [x1, x2].map((x) => ({ x, y: a + b * x }));
  const chart = Plot.plot({
    document,
    width: 640,
    height: 300,
    marginLeft: 44,
    x: { domain: [x1, x2], label: 'x' },
    y: { domain: [Math.min(...ys), Math.max(...ys)], label: 'y', grid: true, nice: true },
    marks: [
      Plot.dot(points, { x: 'x', y: 'y', r: 2, fill: 'currentColor', fillOpacity: 0.45 }),
      Plot.line(along(end.intercept, end.slope), { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 6, strokeOpacity: 0.45, clip: true }),
      // On top, so that it shows even where the fit covers it.
      Plot.line(along(line.intercept, line.slope), { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '6 4' }),
    ],
  });
  return accessiblePlot(
    chart,
    `${example.title}: the first ${points.length} of ${run.n} points, made as y = ${line.intercept} + ${line.slope}x plus noise (that line dashed), and the line fitted by mini-batch descent after ${end.epoch} epoch${end.epoch === 1 ? '' : 's'}, y = ${formatNumber(end.intercept, 4)} + ${formatNumber(end.slope, 4)}x (solid). The table below lists the fit after each epoch.`,
  );
}
