import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { sampleCurve } from '../../plots/curve.ts';
import { formatNumber } from '../format.ts';
import type { AdamStepsExample, AdamStepsRun } from './model.ts';

/** The function with Adam's iterates on it, numbered by step. */
export function drawAdamSteps(example: AdamStepsExample, run: AdamStepsRun, document: Document): Element {
  const { f, domain, range } = example.problem;
  const points = [{ k: 0, x: run.x0, f: run.f0 }, ...run.rows].filter((p) => p.x >= domain[0] && p.x <= domain[1]);
  const chart = Plot.plot({
    document,
    width: 520,
    height: 300,
    style: { fontSize: '12px' },
    marginLeft: 44,
    x: { domain, label: 'x' },
    y: { domain: range, label: 'f(x)' },
    marks: [
      Plot.line(sampleCurve(f, domain), { x: 'x', y: 'y', stroke: 'currentColor', clip: true }),
      Plot.line(points, { x: 'x', y: 'f', stroke: 'var(--sl-color-accent)', strokeWidth: 1.5, clip: true }),
      Plot.dot(points, { x: 'x', y: 'f', r: 3, fill: 'var(--sl-color-accent)', clip: true }),
      Plot.dot(points.slice(0, 1), { x: 'x', y: 'f', r: 7, stroke: 'currentColor', clip: true }),
    ],
  });
  const last = run.rows.at(-1);
  return accessiblePlot(
    chart,
    `The curve ${example.problem.tex.replace(/\\[a-z]+|[{}]/g, '')} over x from ${domain[0]} to ${domain[1]}, with Adam's iterates from x = ${formatNumber(run.x0)}` +
      (last ? ` to x = ${formatNumber(last.x, 4)} after ${last.k} steps.` : '.') +
      ' The table below lists every step.',
  );
}
