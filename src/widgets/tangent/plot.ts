import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { composePlots, legible } from '../../plots/compose.ts';
import { sampleCurve } from '../../plots/curve.ts';
import { formatNumber } from '../format.ts';
import { directionText, type TangentExample, type TangentResult } from './model.ts';

const width = 560;
const top = 240;
const bottom = 160;
const margins = { marginLeft: 48, marginRight: 16 };

function padded([low, high]: readonly [number, number]): [number, number] {
  const pad = (high - low) * 0.06;
  return [low - pad, high + pad];
}

const extent = (points: { y: number }[]) =>
  [Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y))] as const;

/** f with the tangent line at x above, f′ with its zero crossings below, on one shared x axis. */
export function drawTangent(example: TangentExample, result: TangentResult, document: Document): Element {
  const fn = example.problem;
  const { domain } = fn;
  const [lo, hi] = domain;
  const { at, critical } = result;
  const curve = sampleCurve(fn.f, domain);
  const slopes = sampleCurve(fn.df, domain);
  const fRange = padded(fn.range ?? extent(curve));
  const dfRange = padded(fn.slopeRange ?? extent(slopes));
  const reach = (hi - lo) / 7;
  const tangent = [at.x - reach, at.x + reach].map((x) => ({ x, y: at.f + at.slope * (x - at.x) }));
  const arrowLength = at.direction === 'right' ? reach : at.direction === 'left' ? -reach : 0;
  const arrowY = fRange[0] + (fRange[1] - fRange[0]) * 0.08;
  const labelled = critical.map((c) => ({ ...c, label: `${c.kind === 'minimum' ? 'min' : 'max'} ${formatNumber(c.x, 3)}` }));

  const upper = legible(Plot.plot({
    document,
    width,
    height: top,
    ...margins,
    x: { domain: [lo, hi], label: null },
    y: { domain: fRange, label: 'f(x)', grid: true },
    marks: [
      Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.7, clip: true }),
      Plot.ruleX([at.x], { stroke: 'currentColor', strokeOpacity: 0.3, strokeDasharray: '3,3' }),
      Plot.line(tangent, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 2.5, clip: true }),
      Plot.dot(labelled, { x: 'x', y: 'f', r: 3.5, stroke: 'currentColor', fill: 'var(--sl-color-bg-nav)', clip: true }),
      Plot.dot([at], { x: 'x', y: 'f', r: 5, fill: 'var(--sl-color-accent)', clip: true }),
      ...(arrowLength === 0
        ? []
        : [
            Plot.arrow([at], {
              x1: 'x',
              x2: (d: { x: number }) => d.x + arrowLength,
              y1: arrowY,
              y2: arrowY,
              stroke: 'var(--sl-color-accent)',
              strokeWidth: 2,
              clip: true,
            }),
          ]),
      Plot.text([at], {
        x: (d: { x: number }) => d.x + arrowLength / 2,
        y: arrowY,
        dy: -9,
        text: () => directionText[at.direction],
        fill: 'currentColor',
        clip: true,
      }),
    ],
  }));

  const lower = legible(Plot.plot({
    document,
    width,
    height: bottom,
    ...margins,
    x: { domain: [lo, hi], label: 'x' },
    y: { domain: dfRange, label: 'f′(x)', grid: true },
    marks: [
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.line(slopes, { x: 'x', y: 'y', stroke: 'currentColor', strokeDasharray: '5,3', clip: true }),
      Plot.ruleX([at.x], { stroke: 'currentColor', strokeOpacity: 0.3, strokeDasharray: '3,3' }),
      Plot.dot(labelled, { x: 'x', y: 0, r: 3.5, stroke: 'currentColor', fill: 'var(--sl-color-bg-nav)' }),
      Plot.text(labelled, { x: 'x', y: 0, dy: 12, text: 'label', fill: 'currentColor' }),
      Plot.dot([at], { x: 'x', y: 'slope', r: 5, fill: 'var(--sl-color-accent)', clip: true }),
    ],
  }));

  const crossings = critical.length
    ? `f′ crosses zero at ${critical.map((c) => `${formatNumber(c.x)} (a ${c.kind})`).join(', ')}`
    : 'f′ does not cross zero here';
  return accessiblePlot(
    composePlots(document, [{ chart: upper, x: 0, y: 0 }, { chart: lower, x: 0, y: top }], width, top + bottom),
    `Two plots over x from ${lo} to ${hi}. Top: the curve of f with its tangent line at x = ${formatNumber(at.x)}, slope ${formatNumber(at.slope)}, so to lower f you ${directionText[at.direction]}. Bottom: f′(x); ${crossings}. The values are in the tables below.`,
  );
}
