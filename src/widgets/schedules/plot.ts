import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../plots/accessible.ts';
import { formatNumber } from '../format.ts';
import { scheduleStatus, type SchedulesExample, type SchedulesRun } from './model.ts';
import { scheduleStyles } from './styles.ts';

/** The loss above least squares after each epoch, one line per schedule, on a log scale. */
export function drawSchedules(example: SchedulesExample, run: SchedulesRun, document: Document): Element {
  const floor = run.leastSquares.f;
  const series = run.runs.map((r) => r.epochLoss.map((f, epoch) => ({ epoch, excess: f - floor })).filter((p) => p.excess > 0));
  const all = series.flat();
  const low = Math.max(1e-9, Math.min(...all.map((p) => p.excess), 1e-3));
  const high = Math.max(...all.map((p) => p.excess), 1);
  const chart = Plot.plot({
    document,
    width: 560,
    height: 320,
    style: { fontSize: '12px' },
    marginLeft: 56,
    x: { domain: [0, run.epochs], label: 'epochs' },
    y: { type: 'log', domain: [low, high], label: 'MSE − least-squares MSE', grid: true, tickFormat: '.0e' },
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
