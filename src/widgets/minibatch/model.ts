import { batchSizes, count } from '../caption.ts';
import { formatNumber } from '../format.ts';
import {
  adam,
  gradientDescent,
  momentum,
  leastSquares,
  linearRegression,
  miniBatchDescent,
  type DatasetObjective,
  type Result,
} from '@descent/optimizer';
import type { Pairs } from '../../problems/datasets.ts';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../../problems/types.ts';
import type { Interval } from '../../plots/contours.ts';
import { seedParam } from '../params.ts';

/**
 * A straight-line fit y ≈ θ₀ + θ₁x by mean squared error over a data set. The plane of (θ₀, θ₁) is
 * drawn over `window`; the table lists the iterates after `tableEpochs`.
 */
export interface LineFitProblem {
  data: Pairs;
  /** What x and y are, for the text alternative: e.g. "total bill" and "tip". */
  names: { x: string; y: string };
  window: { intercept: Interval; slope: Interval };
  tableEpochs: readonly number[];
}

interface MiniBatchSettings extends Params {
  /** The start (θ₀, θ₁) of both runs. */
  x0: readonly number[];
  /** Rows per batch; the last batch of an epoch holds what is left over. */
  batch: number;
  lr: number;
  epochs: number;
  seed: number;
}

/** Where an example offers it, `method`: plain steps, heavy-ball momentum (β = 0.9) or Adam, at rate `lr`. */
export type MiniBatchParams = MiniBatchSettings & { method?: 'sgd' | 'momentum' | 'adam' };

/** Mini-batch descent on a line fit, drawn on the loss contours next to full-batch descent. */
export interface MiniBatchExample extends ExampleBase {
  widget: 'minibatch';
  problem: LineFitProblem;
  defaults: MiniBatchParams;
}

/** The longest run a reader can ask for: with 244 rows and batch size 1 that is 2.44 million updates. */
export const maxEpochs = 10_000;

export function miniBatchParams(example: MiniBatchExample): ParamSpec[] {
  const rows = example.problem.data.y.length;
  return [
    { kind: 'number', name: 'batch', label: 'Batch size (rows)', min: 1, max: rows, integer: true, step: 1, slider: true },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 1, step: 0.0005 },
    { kind: 'number', name: 'epochs', label: 'Epochs', min: 1, max: maxEpochs, integer: true, step: 100 },
    seedParam,
    { kind: 'list', name: 'x0', label: 'Start θ₀, θ₁', length: 2, min: -2, max: 2 },
    ...(example.defaults.method === undefined ? [] : [methodParam]),
  ];
}

const methodParam: ParamSpec = {
  kind: 'choice',
  name: 'method',
  label: 'Method',
  choices: [
    { value: 'sgd', label: 'plain steps' },
    { value: 'momentum', label: 'momentum (β = 0.9)' },
    { value: 'adam', label: 'Adam' },
  ],
};

/** The step both runs take: the rate alone, or momentum or Adam at that rate. */
function stepRule(params: MiniBatchParams) {
  if (params.method === 'momentum') return { optimizer: momentum(params.lr, 0.9) };
  if (params.method === 'adam') return { optimizer: adam(params.lr) };
  return { learningRate: params.lr };
}

/** Steps in one pass over `rows` rows with batches of `batch` rows (the last batch takes what is left). */
export function stepsPerEpoch(rows: number, batch: number): number {
  return Math.ceil(rows / Math.min(batch, rows));
}

/** One recorded iterate: after `u` updates, at (intercept, slope), with full-data loss `f`. */
export interface PathPoint {
  u: number;
  intercept: number;
  slope: number;
  f: number;
}

export interface Run {
  result: Result;
  /** Updates per epoch: 1 for full-batch descent. */
  perEpoch: number;
  /** Iterates at the first updates, at evenly spaced updates, at the table's epochs and at the end. */
  path: PathPoint[];
}

export interface MiniBatchRun {
  x0: readonly number[];
  mini: Run;
  /** Full-batch gradient descent with as many steps as the mini-batch run has epochs. */
  full: Run;
  leastSquares: { intercept: number; slope: number; f: number };
  /** Rows in the first batch of an epoch. */
  rowsPerUpdate: number;
  epochs: number;
  /** Whether the two runs computed the same iterates bit for bit (possible only with one batch per epoch). */
  identical: boolean;
  /** The epochs listed in the table. */
  tableEpochs: number[];
}

interface Fit {
  objective: DatasetObjective;
  leastSquares: MiniBatchRun['leastSquares'];
}

const fits = new WeakMap<Pairs, Fit>();

function fitOf(data: Pairs): Fit {
  let fit = fits.get(data);
  if (!fit) {
    const objective = linearRegression(data.x, data.y);
    const [intercept = NaN, slope = NaN] = leastSquares(data.x, data.y);
    const f = objective(Float64Array.of(intercept, slope), new Float64Array(2));
    fit = { objective, leastSquares: { intercept, slope, f } };
    fits.set(data, fit);
  }
  return fit;
}

/** Points the path keeps: enough to draw it and to fill the table, never all of a long run. */
const headUpdates = 60;
const drawnUpdates = 300;

/** The update numbers below `updates` at which the path records the iterate, ascending. */
export function pathMarks(updates: number, perEpoch: number, tableEpochs: readonly number[]): number[] {
  const marks = new Set<number>();
  for (let u = 0; u < Math.min(updates, headUpdates); u++) marks.add(u);
  const stride = Math.max(1, Math.ceil(updates / drawnUpdates));
  for (let u = 0; u < updates; u += stride) marks.add(u);
  for (const e of tableEpochs) if (e * perEpoch < updates) marks.add(e * perEpoch);
  return [...marks].sort((a, b) => a - b);
}

/**
 * A function to call with each iterate in turn, x_0, x_1, …: it records x_u (the f is filled in
 * later) when u is the next mark, and leaves x alone, so wrapping an objective with it changes no bit
 * of the run.
 */
function marker(marks: number[], path: PathPoint[]): (x: Float64Array) => void {
  let u = 0;
  let next = 0;
  return (x) => {
    if (marks[next] === u) {
      path.push({ u, intercept: x[0]!, slope: x[1]!, f: NaN });
      next++;
    }
    u++;
  };
}

function finish(path: PathPoint[], result: Result, objective: DatasetObjective): void {
  if (path.at(-1)?.u !== result.iterations) {
    path.push({ u: result.iterations, intercept: result.x[0]!, slope: result.x[1]!, f: NaN });
  }
  const x = new Float64Array(2);
  const gradient = new Float64Array(2);
  for (const p of path) {
    x[0] = p.intercept;
    x[1] = p.slope;
    p.f = objective(x, gradient);
  }
}

function runMini(objective: DatasetObjective, example: MiniBatchExample, params: MiniBatchParams, tableEpochs: number[]): Run {
  const rows = objective.rows;
  const perEpoch = stepsPerEpoch(rows, params.batch);
  const path: PathPoint[] = [];
  const marks = pathMarks(params.epochs * perEpoch, perEpoch, tableEpochs);
  const mark = marker(marks, path);
  // The runner evaluates batch number u at x_u: that call sees every iterate but the last.
  const watched = Object.assign((x: Float64Array, g: Float64Array) => objective(x, g), {
    rows,
    dimension: objective.dimension,
    intercept: objective.intercept,
    loss: objective.loss,
    batch: (x: Float64Array, g: Float64Array, order: Int32Array, start: number, end: number, loss: Float64Array) => {
      mark(x);
      objective.batch(x, g, order, start, end, loss);
    },
  });
  const result = miniBatchDescent(watched, params.x0, {
    ...stepRule(params),
    batchSize: params.batch,
    epochs: params.epochs,
    seed: params.seed,
  });
  finish(path, result, objective);
  return { result, perEpoch, path };
}

function runFull(objective: DatasetObjective, example: MiniBatchExample, params: MiniBatchParams, tableEpochs: number[]): Run {
  const path: PathPoint[] = [];
  const mark = marker(pathMarks(params.epochs, 1, tableEpochs), path);
  // gradientDescent evaluates x_0, x_1, …, x_k in turn, once each.
  const watched = (x: Float64Array, g: Float64Array) => {
    mark(x);
    return objective(x, g);
  };
  const result = gradientDescent(watched, params.x0, {
    ...stepRule(params),
    stop: { maxSteps: params.epochs },
  });
  finish(path, result, objective);
  return { result, perEpoch: 1, path };
}

function sameRun(a: Run, b: Run): boolean {
  const same = (p: PathPoint, q: PathPoint) =>
    p.u === q.u && Object.is(p.intercept, q.intercept) && Object.is(p.slope, q.slope) && Object.is(p.f, q.f);
  return (
    a.perEpoch === b.perEpoch &&
    a.result.reason === b.result.reason &&
    a.result.iterations === b.result.iterations &&
    Object.is(a.result.f, b.result.f) &&
    a.path.length === b.path.length &&
    a.path.every((p, i) => same(p, b.path[i]!))
  );
}

/** Runs mini-batch descent and, for comparison, full-batch descent over the same number of epochs. */
export function runMiniBatch(example: MiniBatchExample, params: MiniBatchParams): MiniBatchRun {
  const { objective, leastSquares } = fitOf(example.problem.data);
  const tableEpochs = [...new Set([...example.problem.tableEpochs.filter((e) => e < params.epochs), params.epochs])];
  const mini = runMini(objective, example, params, tableEpochs);
  const full = runFull(objective, example, params, tableEpochs);
  return {
    x0: params.x0,
    mini,
    full,
    leastSquares,
    rowsPerUpdate: Math.min(params.batch, objective.rows),
    epochs: params.epochs,
    identical: mini.perEpoch === 1 && sameRun(mini, full),
    tableEpochs,
  };
}

/** The recorded iterate after `epoch` epochs, if the run got that far. */
export function atEpoch(run: Run, epoch: number): PathPoint | undefined {
  return run.path.find((p) => p.u === epoch * run.perEpoch);
}

/** Why a run ended, in words: epochs done, or the update at which it diverged. */
export function runStatus(run: Run, epochs: number): string {
  const { result, perEpoch } = run;
  const updates = perEpoch === 1 ? 'steps' : 'updates';
  if (result.reason === 'diverged') return `diverged at ${updates.slice(0, -1)} ${result.divergedAt ?? result.iterations}`;
  return `finished ${epochs} epoch${epochs === 1 ? '' : 's'} (${result.iterations} ${updates})`;
}

/** Every number the widget shows, at full precision. */
export function miniBatchQuantities(run: MiniBatchRun): Quantities {
  const quantities: Quantities = {
    'rows-per-update': run.rowsPerUpdate,
    'updates-per-epoch': run.mini.perEpoch,
    identical: run.identical ? 'identical' : 'different',
    'ls.intercept': run.leastSquares.intercept,
    'ls.slope': run.leastSquares.slope,
    'ls.f': run.leastSquares.f,
  };
  for (const [prefix, r] of [['', run.mini], ['full.', run.full]] as const) {
    quantities[`${prefix}intercept`] = r.result.x[0]!;
    quantities[`${prefix}slope`] = r.result.x[1]!;
    quantities[`${prefix}f`] = r.result.f;
    quantities[`${prefix}iterations`] = r.result.iterations;
    quantities[`${prefix}status`] = r.result.reason;
    for (const e of run.tableEpochs) {
      const p = atEpoch(r, e);
      if (!p) continue;
      quantities[`${prefix}intercept@${e}`] = p.intercept;
      quantities[`${prefix}slope@${e}`] = p.slope;
      quantities[`${prefix}f@${e}`] = p.f;
    }
  }
  return quantities;
}

/** The mean squared error of the line θ₀ + θ₁x over the data, from its moments: cheap enough to contour. */
export function lineLoss({ x, y }: Pairs): (intercept: number, slope: number) => number {
  let [sx, sy, sxx, sxy, syy] = [0, 0, 0, 0, 0];
  for (let i = 0; i < y.length; i++) {
    const [xi, yi] = [x[i]!, y[i]!];
    sx += xi;
    sy += yi;
    sxx += xi * xi;
    sxy += xi * yi;
    syy += yi * yi;
  }
  const n = y.length;
  return (a, b) => a * a + (2 * a * b * sx + b * b * sxx - 2 * a * sy - 2 * b * sxy + syy) / n;
}

const methodName = { sgd: 'descent', momentum: 'momentum (β = 0.9)', adam: 'Adam' } as const;

/** The caption: the batches an epoch is cut into, and where each run ends. */
export function describeMiniBatch(example: MiniBatchExample, params: MiniBatchParams, run: MiniBatchRun): string {
  const rows = example.problem.data.y.length;
  const size = run.rowsPerUpdate;
  const sizes = [...Array<number>(Math.floor(rows / size)).fill(size), ...(rows % size ? [rows % size] : [])];
  const end = ({ result }: Run) =>
    result.reason === 'diverged'
      ? `diverged at step ${result.divergedAt ?? result.iterations}`
      : `ends at intercept ${formatNumber(result.x[0]!, 4)}, slope ${formatNumber(result.x[1]!, 4)}`;
  return `Batch size ${params.batch} cuts the ${rows} rows into ${batchSizes(sizes)} each epoch. After ${count(params.epochs, 'epoch')} at rate ${formatNumber(params.lr)}, mini-batch ${methodName[params.method ?? 'sgd']} ${end(run.mini)}; full-batch descent ${end(run.full)}.`;
}
