import { DIVERGENCE_LIMIT, leastSquares, linearRegression, miniBatchDescent, normal, seededRandom } from '@descent/optimizer';
import type { Pairs } from '../../problems/datasets.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { seedParam } from '../params.ts';

/** Points y = intercept + slope · x + noise, with x uniform on [x1, x2) and Gaussian noise of standard deviation `noise`. */
export interface SyntheticLine {
  intercept: number;
  slope: number;
  noise: number;
  x: readonly [number, number];
}

export interface ScaleParams extends Record<string, number | string> {
  /** Data points to make. */
  n: number;
  /** Rows per batch; a size above n gives one batch of all rows. */
  batch: number;
  lr: number;
  epochs: number;
  seed: number;
}

/** Mini-batch descent on a large synthetic data set, run in a Web Worker with a progress bar. */
export interface ScaleExample extends ExampleBase {
  widget: 'sgd-scale';
  problem: SyntheticLine;
  defaults: ScaleParams;
}

export const maxRows = 2_000_000;
export const maxEpochs = 50;

export function scaleParams(): ParamSpec[] {
  return [
    { kind: 'number', name: 'n', label: 'Data points n', min: 1000, max: maxRows, integer: true, step: 100_000 },
    { kind: 'number', name: 'batch', label: 'Batch size', min: 1, max: maxRows, integer: true, step: 1 },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.005 },
    { kind: 'number', name: 'epochs', label: 'Epochs', min: 1, max: maxEpochs, integer: true, step: 1 },
    seedParam,
  ];
}

/** The fit after an epoch (epoch 0 is the start): intercept, slope and the MSE over all n points. */
export interface EpochRow {
  epoch: number;
  intercept: number;
  slope: number;
  f: number;
}

export interface ScaleRun {
  n: number;
  batchSize: number;
  /** Updates per epoch. */
  perEpoch: number;
  epochsAsked: number;
  /** One row for the start and one for each finished epoch. */
  rows: EpochRow[];
  reason: 'max-steps' | 'diverged';
  /** With reason 'diverged': the update, counted over the whole run, whose iterate blew up. */
  divergedAt?: number;
  leastSquares: { intercept: number; slope: number; f: number };
  /** The first points of the data, for the plot. */
  sample: { x: number[]; y: number[] };
}

export interface ScaleHooks {
  /** Called as the data are made: rows done so far, of n. */
  onData?: (done: number, n: number) => void;
  /** Called after the start and after every epoch with the run so far. */
  onEpoch?: (run: ScaleRun) => void;
}

const sampleSize = 200;
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const dataBlock = 100_000;

interface Made {
  key: string;
  data: Pairs;
  /** Seeds the generator whose draws seed each epoch's shuffle. */
  shuffleSeed: number;
  leastSquares?: ScaleRun['leastSquares'];
}

let lastMade: Made | null = null;

/**
 * The data for `seed`: one generator seeded with `seed` draws, row by row, x and then the noise
 * of y; its next 32-bit draw seeds the epochs' shuffles. The last data set is kept for the next run.
 */
export function syntheticData(line: SyntheticLine, n: number, seed: number, onData?: ScaleHooks['onData']): Made {
  const key = JSON.stringify([line, n, seed]);
  if (lastMade?.key === key) return lastMade;
  lastMade = null;
  const rng = seededRandom(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const [x1, x2] = line.x;
  for (let from = 0; from < n; from += dataBlock) {
    const to = Math.min(n, from + dataBlock);
    for (let i = from; i < to; i++) {
      const xi = x1 + (x2 - x1) * rng.next();
      x[i] = xi;
      y[i] = line.intercept + line.slope * xi + normal(rng, 0, line.noise);
    }
    onData?.(to, n);
  }
  lastMade = { key, data: { x, y }, shuffleSeed: rng.nextUint32() };
  return lastMade;
}

/**
 * Mini-batch descent from (0, 0) on the MSE of a line through the synthetic data. Each epoch is
 * one call of the package's `miniBatchDescent`, so that progress can be reported between epochs;
 * epoch e shuffles with the e-th draw of a generator seeded from the data's generator.
 */
export function runScale(line: SyntheticLine, params: ScaleParams, hooks: ScaleHooks = {}): ScaleRun {
  const made = syntheticData(line, params.n, params.seed, hooks.onData);
  const { data, shuffleSeed } = made;
  const objective = linearRegression(data.x, data.y);
  const gradient = new Float64Array(2);
  if (!made.leastSquares) {
    const [intercept = NaN, slope = NaN] = leastSquares(data.x, data.y);
    made.leastSquares = { intercept, slope, f: objective(Float64Array.of(intercept, slope), gradient) };
  }
  const batchSize = Math.min(params.batch, params.n);
  const run: ScaleRun = {
    n: params.n,
    batchSize,
    perEpoch: Math.ceil(params.n / batchSize),
    epochsAsked: params.epochs,
    rows: [{ epoch: 0, intercept: 0, slope: 0, f: objective(new Float64Array(2), gradient) }],
    reason: 'max-steps',
    leastSquares: made.leastSquares,
    // Only drawn, so four decimals do: it travels with the page and with every message from the worker.
    sample: { x: Array.from(data.x.subarray(0, sampleSize), round4), y: Array.from(data.y.subarray(0, sampleSize), round4) },
  };
  hooks.onEpoch?.(run);
  const seeds = seededRandom(shuffleSeed);
  for (let epoch = 1; epoch <= params.epochs; epoch++) {
    const last = run.rows.at(-1)!;
    const options = { learningRate: params.lr, batchSize, epochs: 1, seed: seeds.nextUint32() };
    // The runner refuses a start whose loss is beyond its divergence limit: that too is divergence.
    const result = last.f <= DIVERGENCE_LIMIT ? miniBatchDescent(objective, [last.intercept, last.slope], options) : null;
    if (result === null || result.reason === 'diverged') {
      run.reason = 'diverged';
      run.divergedAt = (epoch - 1) * run.perEpoch + (result?.divergedAt ?? 0);
      break;
    }
    run.rows.push({ epoch, intercept: result.x[0]!, slope: result.x[1]!, f: result.f });
    hooks.onEpoch?.(run);
  }
  return run;
}

/** The run's last row: where it ended, or where it was before it diverged. */
export const lastRow = (run: ScaleRun) => run.rows.at(-1)!;

export function scaleQuantities(run: ScaleRun): Quantities {
  const end = lastRow(run);
  const quantities: Quantities = {
    intercept: end.intercept,
    slope: end.slope,
    f: end.f,
    epochs: end.epoch,
    status: run.reason,
    'updates-per-epoch': run.perEpoch,
    'ls.intercept': run.leastSquares.intercept,
    'ls.slope': run.leastSquares.slope,
    'ls.f': run.leastSquares.f,
  };
  for (const row of run.rows) {
    quantities[`intercept@${row.epoch}`] = row.intercept;
    quantities[`slope@${row.epoch}`] = row.slope;
    quantities[`f@${row.epoch}`] = row.f;
  }
  return quantities;
}
