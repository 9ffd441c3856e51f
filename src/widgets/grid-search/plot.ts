import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { legible } from '../../plots/compose.ts';
import { sampleCurve } from '../../plots/curve.ts';
import { formatNumber } from '../format.ts';
import type { GridSearchExample, GridSearchResult } from './model.ts';

/** f with every guess marked on the curve and the best one ringed. */
export function drawGridSearch(example: GridSearchExample, result: GridSearchResult, document: Document): Element {
  const { f, domain } = example.problem;
  const { guesses } = result;
  const best = guesses[result.best]!;
  const xs = guesses.map((g) => g.x);
  const lo = Math.min(domain[0], ...xs);
  const hi = Math.max(domain[1], ...xs);
  const curve = sampleCurve(f, [lo, hi], 300);
  const own = curve.filter((p) => p.x >= domain[0] && p.x <= domain[1]).map((p) => p.y);
  const [low, high] = example.problem.range ?? [Math.min(...own), Math.max(...own)];
  // Show guesses that land somewhat above the usual picture, but not one far off that would flatten it.
  const ymin = Math.min(low, ...guesses.map((g) => g.f));
  const ymax = Math.min(Math.max(high, ...guesses.map((g) => g.f)), high + 2 * (high - low));
  const pad = (ymax - ymin) * 0.05;
  const chart = legible(Plot.plot({
    document,
    width: 560,
    height: 280,
    marginLeft: 48,
    x: { domain: [lo, hi], label: 'x' },
    y: { domain: [ymin - pad, ymax + pad], label: 'f(x)', grid: true },
    marks: [
      Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.6, clip: true }),
      Plot.ruleX(guesses.length <= 60 ? guesses : [], { x: 'x', y1: ymin - pad, y2: 'f', stroke: 'var(--sl-color-accent)', strokeOpacity: 0.25, clip: true }),
      Plot.dot(guesses, { x: 'x', y: 'f', r: guesses.length > 100 ? 2 : 3.5, fill: 'var(--sl-color-accent)', clip: true }),
      Plot.dot([best], { x: 'x', y: 'f', r: 8, stroke: 'currentColor', strokeWidth: 2, clip: true }),
      Plot.text([best], { x: 'x', y: 'f', dy: -16, text: () => `best x = ${formatNumber(best.x, 3)}`, fill: 'currentColor', stroke: 'var(--sl-color-bg-nav)', strokeWidth: 4, paintOrder: 'stroke', clip: true }),
    ],
  }));
  const count = guesses.length === 1 ? 'one guess' : `${guesses.length} guesses`;
  return accessiblePlot(
    chart,
    `Plot of f for x from ${formatNumber(lo)} to ${formatNumber(hi)} with ${count} marked on the curve; the best is x = ${formatNumber(best.x)}, where f(x) = ${formatNumber(best.f)}. The guesses are listed in the table below.`,
  );
}
