import * as Plot from '@observablehq/plot';
import { stackedCharts } from '../../plots/panels.ts';
import { powerOfTen } from '../../plots/ticks.ts';
import { formatNumber } from '../format.ts';
import { errorSeries } from './series.ts';
import type { PolynomialFitExample, PolynomialFitResult } from './model.ts';

const width = 520;
const top = 260;
const bottom = 200;

/**
 * Top: every point, the first sample's points, its fit (thick) and the fits to the other samples
 * (thin), whose spread is the variance. Bottom: training and test error against degree.
 */
export function drawPolynomialFit(example: PolynomialFitExample, result: PolynomialFitResult, document: Document): Element {
  const { data, domain, range, xLabel, yLabel } = example.problem;
  const all = Array.from(data.x, (x, i) => ({ x, y: data.y[i]! }));
  const sample = Array.from(result.sample, (i) => all[i]!);
  const curve = (values: Float64Array) => Array.from(result.grid, (x, j) => ({ x, y: values[j]! }));
  const [first, ...others] = result.curves;
  const fits = Plot.plot({
    document,
    width,
    height: top,
    marginLeft: 44,
    x: { domain, label: xLabel },
    y: { domain: range, label: yLabel, grid: true },
    marks: [
      Plot.dot(all, { x: 'x', y: 'y', fill: 'currentColor', fillOpacity: 0.3, r: 2 }),
      ...others.map((c) => Plot.line(curve(c), { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeOpacity: 0.35, clip: true })),
      Plot.line(curve(first!), { x: 'x', y: 'y', stroke: 'var(--sl-color-accent-high)', strokeWidth: 2.5, clip: true }),
      Plot.dot(sample, { x: 'x', y: 'y', fill: 'var(--sl-color-accent-high)', r: 3.5 }),
    ],
  });
  const errors = Plot.plot({
    document,
    width,
    height: bottom,
    marginLeft: 52,
    x: { label: 'degree', domain: [0, result.rows.length - 1] },
    y: { type: 'log', label: 'mean squared error', grid: true, tickFormat: powerOfTen },
    marks: [
      Plot.ruleX([result.degree], { stroke: 'var(--sl-color-accent)', strokeOpacity: 0.5 }),
      ...errorSeries.map((s) =>
        Plot.line(result.rows, {
          x: 'degree',
          y: s.key,
          stroke: s.stroke,
          strokeWidth: 2,
          strokeDasharray: s.dash ?? undefined,
          marker: 'circle',
        }),
      ),
    ],
  });
  const row = result.rows[result.degree]!;
  return stackedCharts(
    document,
    fits,
    errors,
    width,
    top,
    bottom,
    `${example.title}. Top: ${yLabel} against ${xLabel} for ${all.length} cars, with a degree-${result.degree} polynomial ` +
      `fitted to a random sample of ${sample.length} of them (thick line) and to ${others.length} other samples (thin lines). ` +
      `Bottom: training and test error for degrees 0 to ${result.rows.length - 1} on a log scale; at degree ${result.degree} ` +
      `the training error is ${formatNumber(row.train)} and the test error ${formatNumber(row.test)}. Every value is in the table below.`,
  );
}
