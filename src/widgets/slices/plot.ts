import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { composePlots, legible } from '../../plots/compose.ts';
import { sampleCurve } from '../../plots/curve.ts';
import { formatNumber } from '../format.ts';
import { drawMap } from '../surface-plot.ts';
import type { PointValues } from '../surface.ts';
import type { Surface2D } from '../../problems/surfaces.ts';
import { slicesLayout, tangentPlaneText, type SlicesExample } from './model.ts';

const accent = 'var(--sl-color-accent)';

/** One slice: the surface along one variable with the other held at the point's value, and its tangent line. */
function slicePanel(surface: Surface2D, v: PointValues, along: 0 | 1, width: number, height: number, document: Document) {
  const [lo, hi] = along === 0 ? surface.domain.x : surface.domain.y;
  const at = along === 0 ? v.x : v.y;
  const slope = along === 0 ? v.fx : v.fy;
  const g = (t: number) => (along === 0 ? surface.f(t, v.y) : surface.f(v.x, t));
  const curve = sampleCurve(g, [lo, hi], 120);
  // The tangent reaches a fifth of the domain each way, stops at its ends, and is drawn whole: the frame fits it.
  const reach = (hi - lo) / 5;
  const tangent = [Math.max(lo, at - reach), Math.min(hi, at + reach)].map((x) => ({ x, y: v.f + slope * (x - at) }));
  const zs = [...curve, ...tangent].map((p) => p.y);
  const [low, high] = [Math.min(...zs, v.f), Math.max(...zs, v.f)];
  const pad = (high - low || 1) * 0.08;
  const name = surface.vars[along];
  const fixed = formatNumber(along === 0 ? v.y : v.x, 3);
  const args = along === 0 ? `${name}, ${fixed}` : `${fixed}, ${name}`;
  return legible(Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 22,
    marginBottom: 32,
    x: { domain: [lo, hi], label: name, labelAnchor: 'right' },
    y: { domain: [low - pad, high + pad], label: null, grid: true, ticks: 4 },
    marks: [
      Plot.line(curve, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.7 }),
      Plot.line(tangent, { x: 'x', y: 'y', stroke: accent, strokeWidth: 2.5, strokeDasharray: along === 0 ? undefined : '6,3', clip: true }),
      Plot.dot([{ x: at, y: v.f }], { x: 'x', y: 'y', r: 4.5, fill: accent }),
      Plot.text([`${surface.name}(${args}): slope ${formatNumber(slope, 3)} at ${name} = ${formatNumber(at, 3)}`], {
        frameAnchor: 'top-left',
        dy: -16,
        text: (d: string) => d,
        fill: 'currentColor',
        textAnchor: 'start',
      }),
    ],
  }));
}

/** A contour map with the point and the two slice lines, and the two slices with their tangent lines. */
export function drawSlices(example: SlicesExample, v: PointValues, document: Document): Element {
  const surface = example.problem;
  const layout = slicesLayout(surface);
  const map = drawMap(
    surface,
    layout.map,
    [
      Plot.ruleY([v.y], { stroke: accent, strokeWidth: 2 }),
      Plot.ruleX([v.x], { stroke: accent, strokeWidth: 2, strokeDasharray: '6,3' }),
      Plot.dot([v], { x: 'x', y: 'y', r: 5, fill: accent, stroke: 'var(--sl-color-bg-nav)' }),
    ],
    document,
  );
  const { slice } = layout;
  const [a, b] = surface.vars;
  return accessiblePlot(
    composePlots(
      document,
      [
        { chart: map, x: 0, y: 0 },
        { chart: slicePanel(surface, v, 0, slice.width, slice.height, document), x: slice.x, y: 0 },
        { chart: slicePanel(surface, v, 1, slice.width, slice.height, document), x: slice.x, y: slice.height },
      ],
      layout.width,
      layout.height,
    ),
    `Left: level curves of ${surface.name} with the point (${formatNumber(v.x)}, ${formatNumber(v.y)}) and the two lines through it. ` +
      `Right, top: the slice along ${a} with ${b} fixed, whose tangent has slope ${formatNumber(v.fx)}. ` +
      `Right, bottom: the slice along ${b} with ${a} fixed, whose tangent has slope ${formatNumber(v.fy)}. ` +
      `${surface.name} = ${formatNumber(v.f)} at the point; the tangent plane is ${tangentPlaneText(surface, v, (n) => formatNumber(n))}. The values are in the table below.`,
  );
}
