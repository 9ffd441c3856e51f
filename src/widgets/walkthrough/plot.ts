import * as Plot from '@observablehq/plot';
import type { Result } from '@descent/optimizer';
import { accessiblePlot } from '../../plots/accessible.ts';
import { plottedPoints, tagIterates } from '../descent1d/plot.ts';
import { formatNumber } from '../format.ts';
import { residuals, ssrCurve, type WalkthroughExample } from './model.ts';

const size = { width: 340, height: 250, marginLeft: 44, marginRight: 12, style: { fontSize: '12px' } };

/** The data with the line at intercept b and each residual drawn from point to line. */
function drawData(example: WalkthroughExample, b: number, k: number, document: Document): Element {
  const { data, slope, labels } = example.problem;
  const points = Array.from(data.x, (x, i) => ({ x, y: data.y[i]!, fit: b + slope * x }));
  const xs = [0, Math.max(...data.x) * 1.1];
  const top = Math.max(...data.y) * 1.15;
  // A diverging run's line can lie so far off that SVG cannot even encode it: leave it out.
  const inSight = Math.abs(b) < 100 * top;
  const r = residuals(example.problem, b);
  const chart = Plot.plot({
    document,
    ...size,
    x: { domain: xs, label: labels.x },
    y: { domain: [0, top], label: labels.y, grid: true },
    marks: [
      ...(inSight
        ? [
            Plot.line(xs.map((x) => ({ x, y: b + slope * x })), { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 2, clip: true }),
            Plot.ruleX(points, { x: 'x', y1: 'y', y2: 'fit', stroke: 'currentColor', strokeDasharray: '3 2', clip: true }),
          ]
        : []),
      Plot.dot(points, { x: 'x', y: 'y', r: 4, fill: 'currentColor' }),
    ],
  });
  const line = `the line of slope ${formatNumber(slope)} and intercept ${formatNumber(b)} (step ${k})`;
  return accessiblePlot(
    chart,
    `The data, ${labels.y.toLowerCase()} against ${labels.x.toLowerCase()}, with ${
      inSight ? `${line}. Dashed lines show the residuals ${r.map((v) => formatNumber(v, 4)).join(', ')}.` : `${line}, far outside the picture.`
    }`,
  );
}

/** The SSR curve with every iterate on it; the steps taken so far are joined and the current intercept is ringed. */
function drawCurve(example: WalkthroughExample, result: Result, k: number, document: Document): Element {
  const curve = ssrCurve(example.problem);
  const [lo, hi] = curve.domain;
  const samples = Array.from({ length: 121 }, (_, i) => {
    const b = lo + ((hi - lo) * i) / 120;
    return { b, y: curve.f(b) };
  });
  const { path, dots } = plottedPoints(curve, result);
  const taken = path.filter((p) => p.k <= k);
  const probes = example.problem.probes.map((b) => ({ b, y: curve.f(b) }));
  const top = Math.max(...samples.map((p) => p.y));
  const chart = Plot.plot({
    document,
    ...size,
    x: { domain: curve.domain, label: 'Intercept' },
    y: { domain: [0, top * 1.05], label: 'SSR', grid: true },
    marks: [
      Plot.line(samples, { x: 'b', y: 'y', stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.dot(probes, { x: 'b', y: 'y', symbol: 'square', r: 5, stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.line(taken, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', clip: true }),
      Plot.dot(dots, { x: 'x', y: 'y', r: 3, fill: 'var(--sl-color-accent)', fillOpacity: (p: { k: number }) => (p.k <= k ? 1 : 0.3), clip: true, className: 'iterates' }),
      Plot.dot(taken.slice(-1), { x: 'x', y: 'y', r: 8, stroke: 'var(--sl-color-accent)', strokeWidth: 2, clip: true }),
    ],
  });
  tagIterates(chart, dots);
  const current = taken.at(-1);
  return accessiblePlot(
    chart,
    `The sum of squared residuals against the intercept, a parabola. Squares mark it at intercepts ${example.problem.probes.map((b) => formatNumber(b)).join(', ')}. Dots mark the run's iterates on the curve; step ${k} is ringed at intercept ${formatNumber(current?.x ?? NaN)}. The iterates are listed in the table below.`,
  );
}

/** Both pictures of step k: the line with its residuals, and where the intercept sits on the SSR curve. */
export function drawWalkthrough(example: WalkthroughExample, result: Result, k: number, document: Document): Element {
  const b = result.trajectory?.[k]?.x[0] ?? result.x[0]!;
  const pair = document.createElement('div');
  pair.className = 'plot-grid';
  pair.append(drawData(example, b, k, document), drawCurve(example, result, k, document));
  return pair;
}
