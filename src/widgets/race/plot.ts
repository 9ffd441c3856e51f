import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { contourMarks } from '../../plots/contours.ts';
import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import { racerStyles } from './styles.ts';
import type { RaceExample, RaceRun } from './model.ts';

/** The surface's contours with the six paths, each in its own colour and dash, and the minimum. */
export function drawRace(example: RaceExample, run: RaceRun, document: Document): Element {
  const { surface } = run;
  const { x, y } = surface.view;
  const span = Math.max(x[1] - x[0], y[1] - y[0]);
  // A diverging path leaves the window for good: draw it up to its first point far outside.
  const near = (p: { x: number; y: number }) => Math.abs(p.x - (x[0] + x[1]) / 2) < 2 * span && Math.abs(p.y - (y[0] + y[1]) / 2) < 2 * span;
  const paths = run.lanes.map((lane) => {
    const far = lane.path.findIndex((p) => !near(p));
    return far === -1 ? lane.path : lane.path.slice(0, far);
  });
  const chart = Plot.plot({
    document,
    width: 420,
    aspectRatio: 1,
    style: { fontSize: '12px', maxWidth: '30rem', margin: '0 auto' },
    marginLeft: 40,
    marginBottom: 36,
    x: { domain: x, label: 'x' },
    y: { domain: y, label: 'y' },
    marks: [
      ...contourMarks(surface.f, x, y, { key: surface }),
      ...paths.map((path, i) =>
        Plot.line(path, { x: 'x', y: 'y', stroke: racerStyles[i]!.stroke, strokeDasharray: racerStyles[i]!.dash ?? undefined, strokeWidth: 1.75, clip: true }),
      ),
      Plot.dot(paths.map((p) => p.at(-1)!).filter(Boolean), { x: 'x', y: 'y', r: 3, fill: (_, i) => racerStyles[i]!.stroke, clip: true }),
      Plot.dot([surface.minimum], { x: (m) => m[0], y: (m) => m[1], symbol: 'cross', r: 7, stroke: 'currentColor', strokeWidth: 2, clip: true }),
    ],
  });
  const start = run.lanes[0]!.path[0]!;
  const lanes = run.lanes.map((l) => `${l.label} ${statusText(l.result)}`).join('; ');
  return accessiblePlot(
    chart,
    `Contour plot of ${surface.label}, ${surface.formula}, over x from ${x[0]} to ${x[1]} and y from ${y[0]} to ${y[1]}, with six descent paths from (${formatNumber(start.x)}, ${formatNumber(start.y)}): ${lanes}. The cross marks the minimum at (${surface.minimum[0]}, ${surface.minimum[1]}). The table below lists where each ends.`,
  );
}
