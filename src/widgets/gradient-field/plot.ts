import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { formatNumber } from '../format.ts';
import { drawMap } from '../surface-plot.ts';
import type { Surface2D } from '../../problems/surfaces.ts';
import { gradientFieldLayout, type GradientFieldExample, type GradientFieldResult } from './model.ts';

const accent = 'var(--sl-color-accent)';

interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** ∇f at the centres of a grid of square cells, scaled so that the longest arrow nearly fills its cell. */
function arrowField(surface: Surface2D) {
  const [x1, x2] = surface.domain.x;
  const [y1, y2] = surface.domain.y;
  const cell = Math.max(x2 - x1, y2 - y1) / 10;
  const nx = Math.max(1, Math.round((x2 - x1) / cell));
  const ny = Math.max(1, Math.round((y2 - y1) / cell));
  const points: { x: number; y: number; gx: number; gy: number }[] = [];
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const x = x1 + ((x2 - x1) * (i + 0.5)) / nx;
      const y = y1 + ((y2 - y1) * (j + 0.5)) / ny;
      const [gx, gy] = surface.grad(x, y);
      points.push({ x, y, gx, gy });
    }
  }
  const longest = Math.max(...points.map((p) => Math.hypot(p.gx, p.gy))) || 1;
  const scale = (0.85 * Math.min((x2 - x1) / nx, (y2 - y1) / ny)) / longest;
  const arrows: Arrow[] = points
    .filter((p) => Math.hypot(p.gx, p.gy) * scale > 0.08 * cell)
    .map((p) => ({ x1: p.x, y1: p.y, x2: p.x + p.gx * scale, y2: p.y + p.gy * scale }));
  return { arrows, scale, cell };
}

/** Level curves, the field of gradient arrows, the reader's point with its gradient, and the candidates for the minimum. */
export function drawGradientField(example: GradientFieldExample, result: GradientFieldResult, document: Document): Element {
  const surface = example.problem;
  const { frame } = gradientFieldLayout(surface);
  const { arrows, scale, cell } = arrowField(surface);
  const { at, candidates } = result;
  const lowest = candidates[result.lowest];
  // The reader's arrow stays visible even where the gradient is tiny.
  const length = Math.hypot(at.fx, at.fy) * scale;
  const stretch = length > 0 && length < cell ? cell / length : 1;
  const own = { x1: at.x, y1: at.y, x2: at.x + at.fx * scale * stretch, y2: at.y + at.fy * scale * stretch };
  const lines = example.criticalLines ?? [];
  const chart = drawMap(
    surface,
    frame,
    [
      ...lines.map((line) =>
        'x' in line
          ? Plot.ruleX([line.x], { stroke: accent, strokeWidth: 5, strokeOpacity: 0.45 })
          : Plot.ruleY([line.y], { stroke: accent, strokeWidth: 5, strokeOpacity: 0.45 }),
      ),
      Plot.arrow(arrows, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.55, headLength: 5 }),
      Plot.dot(candidates, { x: 'x', y: 'y', r: 4, stroke: 'currentColor', strokeWidth: 1.5, fill: 'var(--sl-color-bg-nav)', clip: true }),
      ...(lowest
        ? [
            Plot.dot([lowest], { x: 'x', y: 'y', r: 6, symbol: 'star', fill: 'currentColor', clip: true }),
            Plot.text([lowest], { x: 'x', y: 'y', dy: -12, text: () => 'minimum', fill: 'currentColor', stroke: 'var(--sl-color-bg-nav)', strokeWidth: 4, paintOrder: 'stroke' }),
          ]
        : []),
      ...(length > 0 ? [Plot.arrow([own], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: accent, strokeWidth: 3, headLength: 8, clip: true })] : []),
      Plot.dot([at], { x: 'x', y: 'y', r: 5, fill: accent, stroke: 'var(--sl-color-bg-nav)' }),
    ],
    document,
  );
  // Equal units on both axes make the map tall for a tall rectangle; it is not drawn wider than it was laid out.
  chart.setAttribute('style', `max-width: ${chart.getAttribute('width')}px; margin-inline: auto`);
  const [a, b] = surface.vars;
  const where = (p: { x: number; y: number }) => `(${formatNumber(p.x)}, ${formatNumber(p.y)})`;
  const minimum = lowest ? ` The minimum is marked at ${a}, ${b} = ${where(lowest)}, where ${surface.name} = ${formatNumber(lowest.f)}.` : '';
  return accessiblePlot(
    chart,
    `Level curves of ${surface.name} over ${a} from ${surface.domain.x[0]} to ${surface.domain.x[1]} and ${b} from ${surface.domain.y[0]} to ${surface.domain.y[1]}, with arrows showing the gradient, which points uphill, across the curves. ` +
      `At the chosen point ${where(at)} the gradient is ${where({ x: at.fx, y: at.fy })}.${minimum} The values are in the table below.`,
  );
}
