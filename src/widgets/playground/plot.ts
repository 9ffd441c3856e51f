import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { contourMarks } from '../../plots/contours.ts';
import { formatNumber } from '../format.ts';
import type { PlaygroundExample, PlaygroundRun } from './model.ts';
import { curveMargins, laneStyles, mapMargins } from './styles.ts';

/** Points of a path inside a generous frame around the window: a diverging path is drawn until it leaves for good. */
function near(path: number[][], ranges: readonly (readonly [number, number])[]): number[][] {
  const inside = (p: number[]) => p.every((v, i) => Math.abs(v - (ranges[i]![0] + ranges[i]![1]) / 2) < 2 * (ranges[i]![1] - ranges[i]![0]));
  const far = path.findIndex((p) => !inside(p));
  return far === -1 ? path : path.slice(0, far);
}

/** The curve with each run's iterates on it (one variable), or the contour map with each run's path (two). */
export function drawPlayground(_example: PlaygroundExample, run: PlaygroundRun, document: Document): Element {
  const { view, value, xrange, yrange } = run;
  if (!view.ok || !value) {
    const empty = Plot.plot({ document, width: 420, height: 120, x: { domain: xrange }, marks: [Plot.frame()] });
    return accessiblePlot(empty, `No plot: ${view.ok ? 'nothing to draw' : view.message}`);
  }
  const ends = view.lanes.map((l) => `${l.label} ${l.status}`).join('; ');
  if (view.variables.length === 1) {
    const v = view.variables[0]!;
    const samples = 360;
    const curve = Array.from({ length: samples + 1 }, (_, i) => {
      const x = xrange[0] + ((xrange[1] - xrange[0]) * i) / samples;
      const y = value([x]);
      return { x, y: Number.isFinite(y) ? y : NaN };
    });
    const ys = curve.map((p) => p.y).filter(Number.isFinite);
    const [lo, hi] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1];
    const pad = (hi - lo || 1) * 0.05;
    const y: [number, number] = [lo - pad, hi + pad];
    const paths = run.paths.map((path) => near(path, [xrange]).map((p) => ({ x: p[0]!, y: value(p) })));
    const chart = Plot.plot({
      document,
      width: 640,
      height: 320,
      marginLeft: curveMargins.left,
      marginRight: curveMargins.right,
      marginTop: curveMargins.top,
      marginBottom: curveMargins.bottom,
      x: { domain: xrange, label: v },
      y: { domain: y, label: `f(${v})`, grid: true },
      marks: [
        Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.6, clip: true }),
        ...paths.flatMap((path, i) => [
          Plot.line(path, { x: 'x', y: 'y', stroke: laneStyles[i]!.stroke, strokeDasharray: laneStyles[i]!.dash ?? undefined, strokeWidth: 1.25, clip: true }),
          Plot.dot(path, { x: 'x', y: 'y', fill: laneStyles[i]!.stroke, r: 2.5, clip: true }),
        ]),
        Plot.dot(paths[0]!.slice(0, 1), { x: 'x', y: 'y', r: 6, stroke: 'currentColor', clip: true }),
      ],
    });
    return accessiblePlot(
      chart,
      `Plot of f(${v}) = ${view.f} for ${v} from ${formatNumber(xrange[0])} to ${formatNumber(xrange[1])}, with the iterates of each run on the curve, from ${v} = ${formatNumber(view.lanes[0]!.rows[0]!.x[0]!)}: ${ends}. The tables below list them.`,
    );
  }
  const paths = run.paths.map((path) => near(path, [xrange, yrange]).map((p) => ({ x: p[0]!, y: p[1]! })));
  const surface = (x: number, y: number) => value([x, y]);
  const chart = Plot.plot({
    document,
    width: 420,
    height: 420,
    style: { maxWidth: '30rem', margin: '0 auto' },
    marginLeft: mapMargins.left,
    marginRight: mapMargins.right,
    marginTop: mapMargins.top,
    marginBottom: mapMargins.bottom,
    x: { domain: xrange, label: view.variables[0] },
    y: { domain: yrange, label: view.variables[1] },
    marks: [
      ...contourMarks(surface, xrange, yrange, { key: value }),
      ...paths.flatMap((path, i) => [
        Plot.line(path, { x: 'x', y: 'y', stroke: laneStyles[i]!.stroke, strokeDasharray: laneStyles[i]!.dash ?? undefined, strokeWidth: 1.75, clip: true }),
        Plot.dot(path.slice(-1), { x: 'x', y: 'y', r: 3.5, fill: laneStyles[i]!.stroke, clip: true }),
      ]),
      Plot.dot(paths[0]!.slice(0, 1), { x: 'x', y: 'y', r: 6, stroke: 'currentColor', clip: true }),
    ],
  });
  const [x0, y0] = view.lanes[0]!.rows[0]!.x;
  return accessiblePlot(
    chart,
    `Contour map of f(x, y) = ${view.f} over x from ${formatNumber(xrange[0])} to ${formatNumber(xrange[1])} and y from ${formatNumber(yrange[0])} to ${formatNumber(yrange[1])}, with the path of each run from (${formatNumber(x0!)}, ${formatNumber(y0!)}): ${ends}. The tables below list the iterates.`,
  );
}
