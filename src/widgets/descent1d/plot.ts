import * as Plot from '@observablehq/plot';
import type { Result } from '@descent/optimizer';
import { accessiblePlot } from '../../plots/accessible.ts';
import { formatNumber } from '../format.ts';
import { tableRows } from '../rows.ts';
import { probeValues, symbolsOf, type Descent1DExample } from './model.ts';
import type { Function1D } from '../../problems/curves.ts';

/** An iterate as drawn: step k at (x, f(x)). */
export interface PlottedPoint {
  k: number;
  x: number;
  y: number;
}

/** f sampled over its domain, and the y interval the plot shows. */
function sampleCurve(problem: Function1D, samples: number) {
  const [lo, hi] = problem.domain;
  const curve = Array.from({ length: samples + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / samples;
    return { x, y: problem.f(x) };
  });
  const ys = curve.map((p) => p.y).filter(Number.isFinite);
  const [ymin, ymax] = problem.range ?? [Math.min(...ys), Math.max(...ys)];
  const pad = (ymax - ymin) * 0.05;
  return { curve, y: [ymin - pad, ymax + pad] as const };
}

/**
 * The iterates a plot draws: every recorded one, in order, up to the first that lies far outside
 * the picture (a diverging run leaves it for good). The path joins them all; a dot marks each one
 * that the iterate table lists (the first 21 and the last), so plot and table show the same points.
 */
export function plottedPoints(problem: Function1D, result: Result): { path: PlottedPoint[]; dots: PlottedPoint[] } {
  const [lo, hi] = problem.domain;
  const { y } = sampleCurve(problem, 60);
  const height = y[1] - y[0];
  const all = (result.trajectory ?? []).map((p) => ({ k: p.k, x: p.x[0]!, y: p.f }));
  const far = all.findIndex((p) => Math.abs(p.x - (lo + hi) / 2) > 2 * (hi - lo) || Math.abs(p.y - (y[0] + y[1]) / 2) > 10 * height);
  const path = far === -1 ? all : all.slice(0, far);
  const lastK = path.at(-1)?.k ?? -1;
  return { path, dots: tableRows(all).rows.filter((p) => p.k <= lastK) };
}

/** Writes each dot's step and x onto its circle, so that tests can match the plot with the table. */
export function tagIterates(chart: Element, dots: readonly PlottedPoint[]) {
  chart.querySelectorAll('g.iterates circle').forEach((circle, i) => {
    const point = dots[i];
    if (!point) return;
    circle.setAttribute('data-k', String(point.k));
    circle.setAttribute('data-x', String(point.x));
  });
}

interface CurveOptions {
  width?: number;
  height?: number;
  /** Extra marks drawn over the curve and under the path. */
  marks?: Plot.Markish[];
}

/** The curve of f with a run's iterates on it: the path, a dot per iterate (class `iterates`), the start ringed. Not yet labelled. */
export function drawPathOnCurve(problem: Function1D, result: Result, document: Document, options: CurveOptions = {}): Element {
  const { width = 640, height = 300, marks = [] } = options;
  const { curve, y } = sampleCurve(problem, Math.round(width / 3));
  const { path, dots } = plottedPoints(problem, result);
  const symbols = symbolsOf(problem);
  const small = width < 400;
  const chart = Plot.plot({
    document,
    width,
    height,
    marginLeft: small ? 36 : 48,
    marginRight: small ? 8 : 20,
    style: small ? { fontSize: '11px' } : undefined,
    x: { domain: problem.domain, label: symbols.x, ticks: small ? 4 : undefined },
    y: { domain: y, label: `${symbols.f}(${symbols.x})`, grid: true, ticks: small ? 4 : undefined },
    marks: [
      Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.6, clip: true }),
      ...marks,
      Plot.line(path, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 1, clip: true }),
      Plot.dot(dots, { x: 'x', y: 'y', fill: 'var(--sl-color-accent)', r: small ? 2.5 : 3, clip: true, className: 'iterates' }),
      Plot.dot(path.slice(0, 1), { x: 'x', y: 'y', r: small ? 5 : 6, stroke: 'currentColor', clip: true }),
    ],
  });
  tagIterates(chart, dots);
  return chart;
}

/** One sentence on where a run starts and how it ends, for a plot's text alternative. */
export function describeRun(problem: Function1D, result: Result): string {
  const { path } = plottedPoints(problem, result);
  const x = symbolsOf(problem).x;
  const end =
    result.reason === 'diverged'
      ? 'leaves the picture and diverges'
      : `ends at ${x} = ${formatNumber(result.x[0]!)}`;
  return `the path starts at ${x} = ${formatNumber(path[0]?.x ?? NaN)} and ${end} after ${result.iterations} steps`;
}

/** f over its domain with the descent path on the curve, the probes marked and the reference minimiser as a rule. */
export function drawDescent1D(example: Descent1DExample, result: Result, document: Document): Element {
  const { problem, reference } = example;
  const [lo, hi] = problem.domain;
  const symbols = symbolsOf(problem);
  const probes = probeValues(example);
  const chart = drawPathOnCurve(problem, result, document, {
    marks: [
      ...(reference ? [Plot.ruleX([reference.x], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.7 })] : []),
      Plot.dot(probes, { x: 'x', y: 'f', symbol: 'square', r: 5, stroke: 'currentColor', strokeWidth: 1.5, clip: true }),
    ],
  });
  const marked = [
    probes.length > 0 ? ` Squares mark ${symbols.f} at ${symbols.x} = ${probes.map((p) => formatNumber(p.x)).join(', ')}.` : '',
    reference ? ` A dashed line marks ${reference.label.toLowerCase()}, ${formatNumber(reference.x)}.` : '',
  ].join('');
  return accessiblePlot(
    chart,
    `Plot of ${example.title}: the curve of ${symbols.f} from ${lo} to ${hi}; ${describeRun(problem, result)}.${marked} Dots mark the iterates listed in the table below.`,
  );
}
