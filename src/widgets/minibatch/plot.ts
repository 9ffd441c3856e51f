import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { contourMarks } from '../../plots/contours.ts';
import { composePlots } from '../../plots/compose.ts';
import { formatNumber } from '../format.ts';
import { lineLoss, runStatus, type MiniBatchExample, type MiniBatchRun, type PathPoint, type Run } from './model.ts';

const accent = 'var(--sl-color-accent)';

/** 10^k for every whole k with low ≤ 10^k ≤ high. */
function powersOfTen(low: number, high: number): number[] {
  const powers: number[] = [];
  for (let k = Math.ceil(Math.log10(low)); k <= Math.floor(Math.log10(high)); k++) powers.push(10 ** k);
  return powers;
}

/** Points far outside the window (a far start, a diverging run) are clipped anyway and would only bloat the SVG. */
function nearWindow(path: PathPoint[], [a1, a2]: readonly [number, number], [b1, b2]: readonly [number, number]) {
  const [da, db] = [a2 - a1, b2 - b1];
  return path.filter((p) => p.intercept >= a1 - 2 * da && p.intercept <= a2 + 2 * da && p.slope >= b1 - 2 * db && p.slope <= b2 + 2 * db);
}

/** The loss contours in the (θ₀, θ₁) plane with both paths, and below them the loss above its minimum after each update. */
export function drawMiniBatch(example: MiniBatchExample, run: MiniBatchRun, document: Document): Element {
  const { window } = example.problem;
  const x0 = run.x0;
  const ls = run.leastSquares;
  const mini = nearWindow(run.mini.path, window.intercept, window.slope);
  const full = nearWindow(run.full.path, window.intercept, window.slope);
  const xy = { x: 'intercept', y: 'slope', clip: true } as const;

  const plane = Plot.plot({
    document,
    width: 640,
    height: 380,
    marginLeft: 52,
    x: { domain: window.intercept, label: 'intercept θ₀' },
    y: { domain: window.slope, label: 'slope θ₁' },
    marks: [
      ...contourMarks(lineLoss(example.problem.data), window.intercept, window.slope, { resolution: 48, key: example.problem }),
      Plot.line(full, { ...xy, stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '5 4' }),
      Plot.line(mini, { ...xy, stroke: accent, strokeWidth: 1, strokeOpacity: 0.85 }),
      Plot.dot([{ intercept: x0[0], slope: x0[1] }], { ...xy, r: 5, stroke: 'currentColor' }),
      Plot.dot([ls], { ...xy, symbol: 'times', r: 7, stroke: 'currentColor', strokeWidth: 2 }),
      Plot.dot(full.slice(-1), { ...xy, r: 4, fill: 'currentColor' }),
      Plot.dot(mini.slice(-1), { ...xy, r: 4, fill: accent }),
    ],
  });

  // Loss above the least-squares minimum on log axes: u = 0 has no place on a log axis, and an
  // excess that rounds to zero or below none either.
  const excess = (r: Run) =>
    r.path.filter((p) => p.u > 0 && p.f - ls.f > 0 && p.f < 1e6).map((p) => ({ epoch: p.u / r.perEpoch, excess: p.f - ls.f }));
  const miniLoss = excess(run.mini);
  const fullLoss = excess(run.full);
  const all = [...miniLoss, ...fullLoss];
  // Below 10⁻⁴ the mini-batch curve only dips briefly as it jitters across the minimum.
  const low = Math.max(1e-4, Math.min(...all.map((p) => p.excess), 1e-3));
  const high = Math.max(...all.map((p) => p.excess), 10);
  const first = Math.min(...all.map((p) => p.epoch), 1);
  const loss = Plot.plot({
    document,
    width: 640,
    height: 220,
    marginLeft: 52,
    x: { type: 'log', domain: [first, Math.max(run.epochs, 1.0001 * first)], label: 'epochs (passes over the data)' },
    y: { type: 'log', domain: [low, high], label: 'MSE − minimum', grid: true, ticks: powersOfTen(low, high), tickFormat: '~g' },
    marks: [
      Plot.line(fullLoss, { x: 'epoch', y: 'excess', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '5 4', clip: true }),
      Plot.line(miniLoss, { x: 'epoch', y: 'excess', stroke: accent, strokeWidth: 0.75, strokeOpacity: 0.8, clip: true }),
    ],
  });

  const end = (r: Run) => {
    const last = r.path.at(-1)!;
    return `${runStatus(r, run.epochs)} at θ₀ = ${formatNumber(last.intercept, 4)}, θ₁ = ${formatNumber(last.slope, 4)}`;
  };
  return accessiblePlot(
    composePlots(document, [{ chart: plane, x: 0, y: 0 }, { chart: loss, x: 0, y: 392 }], 640, 612),
    `Two panels for ${example.title}. Top: contours of the mean squared error of ${example.problem.names.y} = θ₀ + θ₁ × ${example.problem.names.x} over intercept θ₀ and slope θ₁, with the least-squares minimum marked by a cross at θ₀ = ${formatNumber(ls.intercept, 4)}, θ₁ = ${formatNumber(ls.slope, 4)}. Both runs start at (${x0[0]}, ${x0[1]}). Mini-batch descent with batches of ${run.rowsPerUpdate} rows (solid, thin) ${end(run.mini)}; full-batch descent (dashed) ${end(run.full)}. Bottom: the loss above its minimum against epochs, both on log scales. The table below lists the iterates.`,
  );
}
