import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { sampleCurve } from '../../plots/curve.ts';
import { formatNumber } from '../format.ts';
import type { Chord } from './model.ts';

/** The curve over its window (widened to take in a and b), the chord from a to b, and the test at t. */
export function drawChord(chord: Chord, document: Document): Element {
  const { problem, a, b, fa, fb, at, checks } = chord;
  const [lo, hi] = problem.domain;
  const left = Math.min(lo, a, b);
  const right = Math.max(hi, a, b);
  const margin = left < lo || right > hi ? (right - left) * 0.05 : 0;
  const [x1, x2] = [left - margin, right + margin];
  const curve = sampleCurve(problem.f, [x1, x2]);
  const ys = [fa, fb, at.curve, at.chord, ...(problem.range ?? curve.map((p) => p.y))];
  const [ymin, ymax] = [Math.min(...ys), Math.max(...ys)];
  const pad = (ymax - ymin || 1) * 0.08;
  const ends = [
    { x: a, y: fa, label: 'a' },
    { x: b, y: fb, label: 'b' },
  ];
  const chart = Plot.plot({
    document,
    width: 640,
    height: 320,
    marginLeft: 52,
    x: { domain: [x1, x2], label: 'x' },
    y: { domain: [ymin - pad, ymax + pad], label: 'f(x)', grid: true },
    marks: [
      // Where the curve rises above the chord, the inequality fails: shaded.
      Plot.areaY(checks, { x: 'x', y1: 'chord', y2: (c) => Math.max(c.curve, c.chord), fill: 'var(--sl-color-red)', fillOpacity: 0.3, clip: true }),
      Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.7, clip: true }),
      Plot.line(ends, { x: 'x', y: 'y', stroke: 'var(--sl-color-accent)', strokeWidth: 2.5, clip: true }),
      Plot.dot(ends, { x: 'x', y: 'y', fill: 'var(--sl-color-accent)', r: 4, clip: true }),
      Plot.text(ends, { x: 'x', y: 'y', text: 'label', dy: -12, fill: 'currentColor', fontSize: 14, fontWeight: 'bold', clip: true }),
      Plot.ruleX([at], { x: 'x', y1: 'chord', y2: 'curve', stroke: 'currentColor', strokeDasharray: '4 3', clip: true }),
      Plot.dot([at], { x: 'x', y: 'curve', fill: 'currentColor', r: 4.5, clip: true }),
      Plot.dot([at], { x: 'x', y: 'chord', stroke: 'var(--sl-color-accent)', fill: 'var(--sl-color-bg, white)', strokeWidth: 2, r: 5.5, clip: true }),
      Plot.text([at], { x: 'x', y: 'curve', text: () => 'f(x)', dx: 10, textAnchor: 'start', fill: 'currentColor', clip: true }),
      Plot.text([at], { x: 'x', y: 'chord', text: () => 'chord', dx: 10, textAnchor: 'start', fill: 'currentColor', clip: true }),
    ],
  });
  const verdict = chord.holds
    ? 'the chord is on or above the curve there, so the inequality holds'
    : 'the curve is above the chord there, so the inequality fails';
  return accessiblePlot(
    chart,
    `Plot of f from ${formatNumber(x1)} to ${formatNumber(x2)} with the chord from a = ${formatNumber(a)} to b = ${formatNumber(b)}. ` +
      `At x = ${formatNumber(at.x)} the chord is at ${formatNumber(at.chord)} and the curve at ${formatNumber(at.curve)}: ${verdict}. ` +
      `The values are listed in the table below.`,
  );
}
