import {
  constant,
  exponentialDecay,
  leastSquares,
  linearRegression,
  miniBatchDescent,
  stepDecay,
  warmup,
  type MiniBatchResult,
  type Schedule,
} from '@descent/optimizer';
import { standardised, type Pairs } from '../../problems/datasets.ts';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../../problems/types.ts';
import { formatNumber } from '../format.ts';
import { seedParam } from '../params.ts';

export interface SchedulesParams extends Params {
  /** The rate every schedule starts from (the warm-up peaks at it). */
  lr: number;
  batch: number;
  epochs: number;
  seed: number;
}

/** Seeded mini-batch SGD on a line fit, on the standardised feature, with four learning-rate schedules. */
export interface SchedulesExample extends ExampleBase {
  widget: 'schedules';
  problem: { data: Pairs; names: { x: string; y: string } };
  defaults: SchedulesParams;
}

export const maxEpochs = 1000;

export function schedulesParams(example: SchedulesExample): ParamSpec[] {
  return [
    { kind: 'number', name: 'lr', label: 'Starting rate', min: 0, aboveMin: true, max: 1, step: 0.005, slider: { min: 0.005, max: 0.3, step: 0.005 } },
    { kind: 'number', name: 'batch', label: 'Batch size (rows)', min: 1, max: example.problem.data.y.length, integer: true, step: 1 },
    { kind: 'number', name: 'epochs', label: 'Epochs', min: 1, max: maxEpochs, integer: true, step: 10 },
    seedParam,
  ];
}

/**
 * The four schedules over a run of `updates` updates, all starting from (or, warming up, peaking
 * at) `lr`: constant; halved five times, evenly; shrunk smoothly to 1/100; and a linear ramp over
 * the first tenth followed by the same smooth decay over the rest.
 */
export function schedules(lr: number, updates: number): { name: ScheduleName; label: string; schedule: Schedule }[] {
  const ramp = Math.ceil(updates / 10);
  return [
    { name: 'constant', label: 'constant', schedule: constant(lr) },
    { name: 'step', label: 'step decay (halved 5 times)', schedule: stepDecay(lr, 0.5, Math.ceil(updates / 6)) },
    { name: 'exponential', label: 'exponential decay (to 1/100)', schedule: exponentialDecay(lr, 0.01, updates) },
    { name: 'warmup', label: 'warm-up, then exponential decay', schedule: warmup(ramp, exponentialDecay(lr, 0.01, Math.max(1, updates - ramp))) },
  ];
}
export type ScheduleName = 'constant' | 'step' | 'exponential' | 'warmup';

export interface ScheduleRun {
  name: ScheduleName;
  label: string;
  result: MiniBatchResult;
  /** The full-data MSE at the start and after each epoch (up to a divergence). */
  epochLoss: number[];
  /** Distance from the end point to the least-squares line's (θ₀, θ₁). */
  distance: number;
}

export interface SchedulesRun {
  runs: ScheduleRun[];
  leastSquares: { intercept: number; slope: number; f: number };
  epochs: number;
}

export function runSchedules(example: SchedulesExample, params: SchedulesParams): SchedulesRun {
  const { z } = standardised(example.problem.data.x);
  const y = example.problem.data.y;
  const objective = linearRegression(z, y);
  const [intercept = NaN, slope = NaN] = leastSquares(z, y);
  const f = objective(Float64Array.of(intercept, slope), new Float64Array(2));
  const updates = params.epochs * Math.ceil(y.length / Math.min(params.batch, y.length));
  const runs = schedules(params.lr, updates).map(({ name, label, schedule }) => {
    const result = miniBatchDescent(objective, [0, 0], {
      learningRate: schedule,
      batchSize: params.batch,
      epochs: params.epochs,
      seed: params.seed,
      recordLoss: true,
    });
    const epochLoss = [...result.epochLoss!].filter((v) => Number.isFinite(v) && v < 1e100);
    return { name, label, result, epochLoss, distance: Math.hypot(result.x[0]! - intercept, result.x[1]! - slope) };
  });
  return { runs, leastSquares: { intercept, slope, f }, epochs: params.epochs };
}

export function schedulesQuantities(_example: SchedulesExample, run: SchedulesRun): Quantities {
  const quantities: Quantities = { 'ls.intercept': run.leastSquares.intercept, 'ls.slope': run.leastSquares.slope, 'ls.f': run.leastSquares.f };
  for (const r of run.runs) {
    quantities[`${r.name}.intercept`] = r.result.x[0]!;
    quantities[`${r.name}.slope`] = r.result.x[1]!;
    quantities[`${r.name}.f`] = r.result.f;
    quantities[`${r.name}.excess`] = r.result.f - run.leastSquares.f;
    quantities[`${r.name}.distance`] = r.distance;
    quantities[`${r.name}.status`] = r.result.reason;
  }
  return quantities;
}

/** Why a schedule's run ended, in words. */
export function scheduleStatus(r: ScheduleRun, epochs: number): string {
  if (r.result.reason === 'diverged') return `diverged at update ${r.result.divergedAt ?? r.result.iterations}`;
  return `finished ${epochs} epoch${epochs === 1 ? '' : 's'}`;
}

export function describeSchedules(_example: SchedulesExample, params: SchedulesParams, run: SchedulesRun): string {
  const [constantRun, ...decaying] = run.runs;
  const diverged = run.runs.filter((r) => r.result.reason === 'diverged');
  const head = `With seed ${params.seed}, batches of ${params.batch} and a starting rate of ${formatNumber(params.lr)}`;
  if (diverged.length > 0) return `${head}, ${diverged.map((r) => `${r.label} ${scheduleStatus(r, params.epochs)}`).join('; ')}.`;
  const best = [...decaying].sort((a, b) => a.distance - b.distance)[0]!;
  return `${head}, after ${params.epochs} epochs the constant rate ends ${formatNumber(constantRun!.distance, 4)} from least squares and ${best.label} ${formatNumber(best.distance, 4)}.`;
}
