import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { formatNumber } from '../format.ts';
import { scheduleStatus, type SchedulesExample, type SchedulesRun } from './model.ts';
import { scheduleStyles } from './styles.ts';

/** Every other power of ten from low to high (every one where there are few): the log axis's ticks. */
function powersOfTen(low: number, high: number): number[] {
  const [from, to] = [Math.ceil(Math.log10(low)), Math.floor(Math.log10(high))];
  const stride = to - from > 5 ? 2 : 1;
  const powers: number[] = [];
  for (let k = to; k >= from; k -= stride) powers.push(10 ** k);
  return powers;
}

/** The loss above least squares after each epoch, one line per schedule, on a log scale. */
export function drawSchedules(example: SchedulesExample, run: SchedulesRun, document: Document): Element {
  const floor = run.leastSquares.f;
  const series = run.runs.map((r) => r.epochLoss.map((f, epoch) => ({ epoch, excess: f - floor })).filter((p) => p.excess > 0));
  const all = series.flat();
  const low = Math.max(1e-9, Math.min(...all.map((p) => p.excess), 1e-3));
  const high = Math.max(...all.map((p) => p.excess), 1);
  const chart = Plot.plot({
    document,
    width: 440,
    height: 300,
    style: { fontSize: '12px' },
    marginLeft: 56,
    x: { domain: [0, run.epochs], label: 'epochs' },
    y: { type: 'log', domain: [low, high], label: 'MSE − least-squares MSE', grid: true, ticks: powersOfTen(low, high), tickFormat: (d: number) => formatNumber(d) },
    marks: series.map((points, i) =>
      Plot.line(points, { x: 'epoch', y: 'excess', stroke: scheduleStyles[i]!.stroke, strokeDasharray: scheduleStyles[i]!.dash ?? undefined, strokeWidth: 1.5, clip: true }),
    ),
  });
  const lines = run.runs.map((r) => `${r.label} ${scheduleStatus(r, run.epochs)}, ${formatNumber(r.result.f - floor, 4)} above it`).join('; ');
  return accessiblePlot(
    chart,
    `The mean squared error of ${example.problem.names.y} on the standardised ${example.problem.names.x}, above its least-squares minimum ${formatNumber(floor, 4)}, after each of ${run.epochs} epochs, on a log scale, for four learning-rate schedules: ${lines}. The table below gives each end point.`,
  );
}
