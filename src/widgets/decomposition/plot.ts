import * as Plot from '@observablehq/plot';
import { powerOfTen } from '../../plots/ticks.ts';
import { stackedCharts, unitIntervalChart } from '../../plots/panels.ts';
import { formatNumber } from '../format.ts';
import { series } from './series.ts';
import type { DecompositionExample, DecompositionResult } from './model.ts';

const width = 520;
const top = 220;
const bottom = 250;

/** The y-range of the error chart; a log axis stops four decades below the noise floor. */
function errorDomain(example: DecompositionExample, result: DecompositionResult): [number, number] {
  const high = Math.max(...result.rows.map((r) => Math.max(r.sum, r.error)));
  if (example.problem.scale === 'linear') return [0, high * 1.05];
  const low = Math.min(...result.rows.map((r) => r.error), result.noise || Infinity) / 1e4;
  return [low, high * 2];
}

/**
 * Two panels: the fits of one model size to the first training sets (spread = variance, gap
 * between their average and the true curve = bias), and the error parts against model size.
 */
export function drawDecomposition(example: DecompositionExample, result: DecompositionResult, document: Document): Element {
  const { problem } = example;
  const { detail, testX, truth } = result;
  const curve = (values: Float64Array) => Array.from(testX, (x, j) => ({ x, y: values[j]! }));
  const fits = unitIntervalChart(
    document,
    [...truth, ...detail.y],
    [
      ...detail.fits.map((fit) =>
        Plot.line(curve(fit), { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeOpacity: 0.3, clip: true }),
      ),
      Plot.line(curve(truth), { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '6 3' }),
      Plot.line(curve(detail.average), { x: 'x', y: 'y', stroke: 'var(--sl-color-accent-high)', strokeWidth: 2.5, clip: true }),
      Plot.dot(
        Array.from(detail.x, (x, i) => ({ x, y: detail.y[i]! })),
        { x: 'x', y: 'y', fill: 'currentColor', r: 3 },
      ),
    ],
    width,
    top,
  );

  const domain = errorDomain(example, result);
  const last = result.rows.at(-1)!;
  const points = (key: 'bias2' | 'variance' | 'sum') =>
    result.rows.map((r) => ({ size: r.size, value: r[key] })).filter((p) => p.value >= domain[0]);
  const errors = Plot.plot({
    document,
    width,
    height: bottom,
    marginLeft: 52,
    marginRight: 20,
    x: { label: problem.size.label, domain: [problem.sizes[0]!, last.size] },
    y: {
      type: problem.scale,
      domain,
      label: 'expected test error',
      grid: true,
      ...(problem.scale === 'log' ? { tickFormat: powerOfTen } : {}),
    },
    marks: [
      Plot.ruleY([result.noise], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.ruleX([detail.size], { stroke: 'var(--sl-color-accent)', strokeOpacity: 0.5 }),
      ...(problem.n <= last.size ? [Plot.ruleX([problem.n], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '2 2' })] : []),
      ...series.map((s) =>
        Plot.line(points(s.key), {
          x: 'size',
          y: 'value',
          stroke: s.stroke,
          strokeWidth: 2,
          strokeDasharray: s.dash ?? undefined,
          clip: true,
        }),
      ),
      Plot.dot(result.rows, { x: 'size', y: 'error', fill: 'currentColor', fillOpacity: 0.6, r: 2.5, clip: true }),
    ],
  });

  const best = [...result.rows].sort((a, b) => a.error - b.error)[0]!;
  const shown = result.rows.find((r) => r.size === detail.size)!;
  return stackedCharts(
    document,
    fits,
    errors,
    width,
    top,
    bottom,
    `${example.title}. Top: ${detail.fits.length} fits with ${problem.size.label.toLowerCase()} ${detail.size} to noisy samples of ` +
      `the curve ${problem.truth.tex}, their average and the true curve; the points are the first training set. ` +
      `Bottom: bias squared, variance, their sum plus the noise, and the directly measured error (dots) for ` +
      `${problem.size.label.toLowerCase()} ${problem.sizes[0]} to ${last.size}${problem.scale === 'log' ? ' on a log scale' : ''}. ` +
      `At ${detail.size} the measured error is ${formatNumber(shown.error)}; the lowest is ${formatNumber(best.error)} at ${best.size}. ` +
      `Every value is in the table below.`,
  );
}
