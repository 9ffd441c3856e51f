import { accessiblePlot } from '../../plots/accessible.ts';
import { describeRun, drawPathOnCurve } from '../descent1d/plot.ts';
import { formatNumber } from '../format.ts';
import type { Compare1DExample, Run } from './model.ts';

/** The run's start and rate, as its panel is titled. */
export function runTitle(run: Run): string {
  return `Run ${run.n}: x₀ = ${formatNumber(run.x0)}, α = ${formatNumber(run.lr)}`;
}

/** Small multiples: one panel per run, each the curve with that run's path on it. */
export function drawCompare1D(example: Compare1DExample, runs: readonly Run[], document: Document): Element {
  const grid = document.createElement('div');
  grid.className = 'plot-grid';
  for (const run of runs) {
    const panel = document.createElement('div');
    panel.className = 'plot-panel';
    panel.setAttribute('data-run', String(run.n));
    const title = document.createElement('p');
    title.className = 'plot-panel-title';
    title.textContent = runTitle(run);
    const chart = drawPathOnCurve(example.problem, run.result, document, { width: 320, height: 210 });
    panel.append(title, accessiblePlot(chart, `${runTitle(run)} of ${example.title}. The curve of f; ${describeRun(example.problem, run.result)}.`));
    grid.append(panel);
  }
  return grid;
}
