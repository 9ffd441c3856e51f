import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { composePlots } from '../../plots/compose.ts';
import { contourMarks } from '../../plots/contours.ts';
import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import type { Landscape, LandscapesExample } from './model.ts';

const width = 640;
const height = 290;
/** Most iterates drawn per path; a longer run is drawn with every n-th iterate (and its last). */
const pathCap = 200;

function thinned<T>(points: readonly T[]): T[] {
  const stride = Math.ceil(points.length / pathCap);
  return points.filter((_, i) => i % stride === 0 || i === points.length - 1);
}

/** Whether v lies beyond the interval by more than twice its length. */
function outside(v: number, [lo, hi]: readonly [number, number]): boolean {
  return Math.abs(v - (lo + hi) / 2) > 2.5 * (hi - lo);
}

function panel(example: LandscapesExample, { surface, result }: Landscape, document: Document): Element {
  const { x, y } = example.problem.view;
  const all = (result.trajectory ?? []).map((p) => ({ x: p.x[0]!, y: p.x[1]! }));
  // A diverging run leaves the picture for good: draw it up to its first point far outside.
  const far = all.findIndex((p) => outside(p.x, x) || outside(p.y, y));
  const path = thinned(far === -1 ? all : all.slice(0, far));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 40,
    marginTop: 28,
    x: { domain: x, label: 'x' },
    y: { domain: y, label: 'y' },
    marks: [
      ...contourMarks(surface.f, x, y, { resolution: 64, levels: 10, top: 'edge' }),
      Plot.line(path, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 1.5, clip: true }),
      Plot.dot(path, { x: 'x', y: 'y', fill: 'var(--sl-color-accent)', r: 2, clip: true }),
      Plot.dot(path.slice(0, 1), { x: 'x', y: 'y', r: 6, stroke: 'currentColor', strokeWidth: 1.5, clip: true }),
      Plot.text([`${surface.label}: ${statusText(result)}`], {
        text: (d: string) => d,
        frameAnchor: 'top-left',
        dy: -20,
        fill: 'currentColor',
        fontSize: 14,
        fontWeight: 'bold',
      }),
    ],
  });
}

/** Each surface's contours with its descent path, one panel above the other. */
export function drawLandscapes(example: LandscapesExample, landscapes: readonly Landscape[], document: Document): Element {
  const chart = composePlots(
    document,
    landscapes.map((l, i) => ({ chart: panel(example, l, document), x: 0, y: i * height })),
    width,
    height * landscapes.length,
  );
  const start = landscapes[0]!.result.trajectory?.[0]?.x ?? [];
  const runs = landscapes
    .map(({ surface, result }) => `on ${surface.label} it ${statusText(result)} at (${formatNumber(result.x[0]!)}, ${formatNumber(result.x[1]!)})`)
    .join('; ');
  return accessiblePlot(
    chart,
    `Contour plots of ${landscapes.map((l) => l.surface.label).join(' and ')}, one above the other, each with the descent path from (${start.map((v) => formatNumber(v)).join(', ')}): ${runs}. The loss along both runs is in the table below.`,
  );
}
