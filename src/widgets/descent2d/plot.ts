import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { contourMarks } from '../../plots/contours.ts';
import { formatNumber } from '../format.ts';
import { margins, tableHead, type Descent2DExample, type Run2D } from './model.ts';

/** The class of the dots drawn at the table's iterates; each carries its row as data-k, data-x0, data-x1. */
export const iterateClass = 'descent-2d-iterates';

/**
 * The loss contours over the example's window, the descent path, a dot for every row of the
 * iterate table, and the minimiser (when known) joined to where the run ended.
 */
export function drawDescent2D(example: Descent2DExample, run: Run2D, document: Document): Element {
  const { view, labels } = example.problem;
  const [x1, x2] = view.x;
  const [y1, y2] = view.y;
  const span = Math.max(x2 - x1, y2 - y1);
  const inView = (p: { x: number[] }) =>
    Math.abs(p.x[0]! - (x1 + x2) / 2) < 2 * span && Math.abs(p.x[1]! - (y1 + y2) / 2) < 2 * span;
  // A diverging run leaves the window for good: draw it up to the first point far outside.
  const far = run.path.findIndex((p) => !inView(p));
  const path = (far === -1 ? run.path : run.path.slice(0, far)).map((p) => ({ x: p.x[0]!, y: p.x[1]! }));
  const dots = run.rows.filter(inView);
  const beyond = path.slice(tableHead);
  const end = run.result.x;
  const minimum = run.minimum?.x;
  const endShown = run.result.reason !== 'diverged' && inView({ x: [...end] });
  const chart = Plot.plot({
    document,
    // Drawn small with large type, so that the labels stay legible when a phone shrinks the SVG.
    ...(view.equal ? { width: 420, aspectRatio: 1 } : { width: 520, height: 340 }),
    style: { fontSize: '12px', ...(view.equal && { maxWidth: '30rem', margin: '0 auto' }) },
    marginLeft: margins.left,
    marginRight: margins.right,
    marginTop: margins.top,
    marginBottom: margins.bottom,
    x: { domain: [x1, x2], label: labels[0] },
    y: { domain: [y1, y2], label: labels[1] },
    marks: [
      ...contourMarks(run.value, view.x, view.y, { spacing: view.spacing ?? 'log', key: example.problem }),
      Plot.line(path, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 1.5, clip: true }),
      // About 30 iterates beyond the table, evenly spaced in k: where they crowd, descent is slow.
      Plot.dot(beyond.filter((_, i) => i % Math.ceil(beyond.length / 30) === 0), { x: 'x', y: 'y', r: 1.5, fill: 'var(--sl-color-accent)', fillOpacity: 0.6, clip: true }),
      Plot.dot(dots, {
        x: (p) => p.x[0],
        y: (p) => p.x[1],
        r: 3,
        fill: 'var(--sl-color-accent)',
        clip: true,
        className: iterateClass,
      }),
      Plot.dot(dots.slice(0, 1), { x: (p) => p.x[0], y: (p) => p.x[1], r: 7, stroke: 'currentColor', clip: true }),
      ...(minimum && endShown
        ? [
            Plot.link([{ from: end, to: minimum }], {
              x1: (d) => d.from[0],
              y1: (d) => d.from[1],
              x2: (d) => d.to[0],
              y2: (d) => d.to[1],
              stroke: 'currentColor',
              strokeDasharray: '4 3',
              clip: true,
            }),
          ]
        : []),
      ...(minimum
        ? [Plot.dot([minimum], { x: (m) => m[0], y: (m) => m[1], symbol: 'cross', r: 7, stroke: 'currentColor', strokeWidth: 2, clip: true })]
        : []),
    ],
  });
  // Plot draws the dots in data order: label each with the table row it stands for.
  const circles = chart.querySelectorAll(`.${iterateClass} circle`);
  dots.forEach((p, i) => {
    const circle = circles[i];
    if (!circle) return;
    circle.setAttribute('data-k', String(p.k));
    circle.setAttribute('data-x0', String(p.x[0]));
    circle.setAttribute('data-x1', String(p.x[1]));
  });
  const point = (p: ArrayLike<number>) => `(${formatNumber(p[0]!)}, ${formatNumber(p[1]!)})`;
  const { result } = run;
  const ending =
    result.reason === 'diverged'
      ? `leaves the window and diverges at step ${result.divergedAt ?? result.iterations}`
      : `ends at ${point(end)} after ${result.iterations} steps`;
  const target = minimum ? ` The minimum, marked with a cross, is at ${point(minimum)}.` : '';
  return accessiblePlot(
    chart,
    `Contour plot of ${example.problem.lossLabel} over ${labels[0]} from ${x1} to ${x2} and ${labels[1]} from ${y1} to ${y2}. ` +
      `The descent path starts at ${point(run.path[0]!.x)} and ${ending}.${target} The iterates are listed in the table below.`,
  );
}
