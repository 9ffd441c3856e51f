import * as Plot from '@observablehq/plot';
import { powerOfTen } from '../../plots/ticks.ts';
import { stackedCharts, unitIntervalChart } from '../../plots/panels.ts';
import { formatNumber } from '../format.ts';
import { curveSeries, historySeries } from './series.ts';
import type { ImplicitExample, ImplicitResult } from './model.ts';

const width = 520;
const top = 220;
const bottom = 200;

/** Top: the data, the true curve, descent's fit and θ⁺'s fit. Bottom: distance to θ⁺ and residual by step. */
export function drawImplicit(example: ImplicitExample, result: ImplicitResult, document: Document): Element {
  const { testX, curves, history } = result;
  const fits = unitIntervalChart(
    document,
    [...curves.truth, ...result.y],
    [
      ...curveSeries.map((s) =>
        Plot.line(
          Array.from(testX, (x, j) => ({ x, y: curves[s.key][j]! })).filter((p) => Math.abs(p.y) < 1e6),
          {
            x: 'x',
            y: 'y',
            stroke: s.stroke,
            strokeWidth: s.width,
            strokeOpacity: s.opacity,
            strokeDasharray: s.dash ?? undefined,
            clip: true,
          },
        ),
      ),
      Plot.dot(
        Array.from(result.x, (x, i) => ({ x, y: result.y[i]! })),
        { x: 'x', y: 'y', fill: 'currentColor', r: 3 },
      ),
    ],
    width,
    top,
  );
  const positive = history.flatMap((h) => [h.distance, h.residual]).filter((v) => v > 0 && Number.isFinite(v));
  const floor = Math.max(Math.min(...positive), 1e-16);
  const ceiling = Math.min(Math.max(...positive), 1e6);
  const steps = Plot.plot({
    document,
    width,
    height: bottom,
    marginLeft: 56,
    x: { label: 'step k', domain: [0, Math.max(1, result.run.iterations)] },
    y: { type: 'log', domain: [floor / 2, ceiling * 2], label: 'distance, residual', grid: true, tickFormat: powerOfTen },
    marks: historySeries.map((s) =>
      Plot.line(
        history.filter((h) => h[s.key] > 0 && h[s.key] < 1e6),
        { x: 'k', y: s.key, stroke: s.stroke, strokeWidth: 2, strokeDasharray: s.dash ?? undefined, clip: true },
      ),
    ),
  });
  return stackedCharts(
    document,
    fits,
    steps,
    width,
    top,
    bottom,
    `${example.title}. Top: ${result.x.length} noisy points from ${example.problem.truth.tex}, the true curve, the fit ` +
      `gradient descent reached with ${result.minimumNorm.length} features and the minimum-norm fit. Bottom, on a log ` +
      `scale: the distance from θ⁺ and the training residual at each step, ending after ${result.run.iterations} steps ` +
      `at distance ${formatNumber(result.distance)} and residual ${formatNumber(result.residual)}.`,
  );
}
