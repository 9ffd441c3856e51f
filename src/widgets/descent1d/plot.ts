import * as Plot from '@observablehq/plot';
import type { Result } from '@descent/optimizer';
import { accessiblePlot } from '../../plots/accessible.ts';
import { formatNumber } from '../format.ts';
import type { Descent1DExample } from './model.ts';

/** f over its domain, with the descent path drawn as iterates on the curve. */
export function drawDescent1D(example: Descent1DExample, result: Result, document: Document): Element {
  const { f, domain } = example.problem;
  const [lo, hi] = domain;
  const curve = Array.from({ length: 241 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / 240;
    return { x, y: f(x) };
  });
  const ys = curve.map((p) => p.y);
  const [ymin, ymax] = example.problem.range ?? [Math.min(...ys), Math.max(...ys)];
  const pad = (ymax - ymin) * 0.05;
  const all = (result.trajectory ?? []).map((p) => ({ k: p.k, x: p.x[0]!, y: p.f }));
  // A diverging run leaves the picture for good: draw it up to the first point far outside.
  const far = all.findIndex((p) => Math.abs(p.x - (lo + hi) / 2) > 2 * (hi - lo) || Math.abs(p.y) > 10 * (ymax - ymin) + Math.abs(ymax));
  const path = far === -1 ? all : all.slice(0, far);
  const last = all.at(-1);
  const chart = Plot.plot({
    document,
    width: 640,
    height: 300,
    marginLeft: 48,
    x: { domain: [lo, hi], label: 'x' },
    y: { domain: [ymin - pad, ymax + pad], label: 'f(x)', grid: true },
    marks: [
      Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.6, clip: true }),
      Plot.line(path, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 1, clip: true }),
      Plot.dot(path, { x: 'x', y: 'y', fill: 'var(--sl-color-accent)', r: 3, clip: true }),
      Plot.dot(path.slice(0, 1), { x: 'x', y: 'y', r: 6, stroke: 'currentColor', clip: true }),
    ],
  });
  const end =
    result.reason === 'diverged' ? `leaves the picture and diverges` : `ends at x = ${formatNumber(last?.x ?? NaN)}`;
  return accessiblePlot(
    chart,
    `Plot of ${example.title}: the curve of f from ${lo} to ${hi}; the descent path starts at x = ${formatNumber(path[0]?.x ?? NaN)} and ${end} after ${result.iterations} steps. The iterates are listed in the table below.`,
  );
}
