import { formatNumber } from '../format.ts';
import { normal, seededRandom } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { evenlySpaced, fitColumns, legendreColumns, meanSquare, noisy, polynomialColumns, predict, type TrueFunction } from '../fitting.ts';

/**
 * A Monte-Carlo experiment on model size: many training sets of n noisy points at fixed, evenly
 * spaced x in [−1, 1] are drawn from a known curve, every model size is fitted to each of them,
 * and the fits are compared with the curve on a grid of test points.
 */
export interface DecompositionProblem {
  truth: TrueFunction;
  /** Training points per data set. */
  n: number;
  /**
   * 'power': the model of size d is the polynomial 1, x, …, x^d (d + 1 parameters).
   * 'legendre': the model of size p has the p features P₀(x), …, P_{p−1}(x).
   */
  basis: 'power' | 'legendre';
  /** The model sizes on the curve: degrees for 'power', feature counts for 'legendre'. */
  sizes: readonly number[];
  /**
   * The URL parameter and label of the size the widget draws in detail, and how a sentence names a
   * size before its number ("degree" 4, "p =" 40).
   */
  size: { name: 'degree' | 'p'; label: string; phrase: string };
  /** The error axis: 'log' when errors span many orders of magnitude. */
  scale: 'linear' | 'log';
  /** Most training sets a reader may ask for: caps the work in the browser. */
  maxReplicates: number;
}

export interface DecompositionParams extends Record<string, number | string> {
  /** Noise standard deviation σ. */
  noise: number;
  /** Training sets drawn. */
  replicates: number;
  seed: number;
}

export interface DecompositionExample extends ExampleBase {
  widget: 'error-decomposition';
  problem: DecompositionProblem;
  defaults: DecompositionParams;
}

/** Test points: the error is averaged over this many evenly spaced x in [−1, 1]. */
export const testPoints = 101;
/** Fits drawn in the detail plot. */
export const drawnFits = 20;

/** The numbers for one model size; averages run over the R training sets and the test points. */
export interface SizeRow {
  size: number;
  /** Mean squared training error. */
  train: number;
  /** (average fit − f)², averaged over the test points. */
  bias2: number;
  /** Spread of the fits around their average: mean of (fit − average fit)². */
  variance: number;
  /** bias² + variance + σ²: the expected error the decomposition predicts. */
  sum: number;
  /** The expected error measured directly: mean of (fit − fresh noisy test value)². */
  error: number;
  /** Monte-Carlo standard error of error − sum. */
  se: number;
}

export interface DecompositionResult {
  rows: SizeRow[];
  /** σ²: the error no model can remove. */
  noise: number;
  /** The size drawn in detail, its first training set, and the fits to the first training sets. */
  detail: { size: number; x: Float64Array; y: Float64Array; fits: Float64Array[]; average: Float64Array };
  testX: Float64Array;
  truth: Float64Array;
}

export function decompositionParams(example: DecompositionExample): ParamSpec[] {
  const { sizes, size, maxReplicates } = example.problem;
  return [
    { kind: 'number', name: size.name, label: size.label, min: sizes[0]!, max: sizes.at(-1)!, integer: true, step: 1, slider: true },
    { kind: 'number', name: 'noise', label: 'Noise σ', min: 0, max: 2, step: 0.05 },
    { kind: 'number', name: 'replicates', label: 'Training sets', min: 2, max: maxReplicates, integer: true, step: 10 },
    { kind: 'number', name: 'seed', label: 'Seed', min: 0, max: 2 ** 32 - 1, integer: true, step: 1 },
  ];
}

function columnsFor(problem: DecompositionProblem, x: Float64Array, size: number): Float64Array[] {
  return problem.basis === 'power' ? polynomialColumns(x, size) : legendreColumns(x, size);
}

/** The drawn data of one experiment, and its rows by model size, each computed once when first asked for. */
export interface Simulation {
  sigma: number;
  x: Float64Array;
  /** The training sets: y = f(x) + noise. */
  ys: Float64Array[];
  testX: Float64Array;
  truth: Float64Array;
  row(size: number): SizeRow & { fits: Float64Array[]; average: Float64Array };
}

/**
 * Draws the R training sets and the fresh test noise (in that order, from one seeded generator).
 * Every model size sees the same draws, so differences between sizes are not blurred by
 * different random data, and moving the size control reuses every row already computed.
 */
export function simulate(example: DecompositionExample, { noise: sigma, replicates, seed }: DecompositionParams): Simulation {
  const { problem } = example;
  const rng = seededRandom(seed);
  const x = evenlySpaced(problem.n);
  const testX = evenlySpaced(testPoints);
  const truth = testX.map(problem.truth.f);
  const ys = Array.from({ length: replicates }, () => noisy(problem.truth, x, sigma, rng));
  const testNoise = Array.from({ length: replicates }, () => testX.map(() => normal(rng, 0, sigma)));
  const rows = new Map<number, ReturnType<Simulation['row']>>();

  function compute(size: number) {
    const train = columnsFor(problem, x, size);
    const test = columnsFor(problem, testX, size);
    const thetas = ys.map((y) => fitColumns(train, y).theta);
    const fits = thetas.map((theta) => predict(test, theta));
    const trainError = thetas.reduce((sum, theta, r) => sum + meanSquare(predict(train, theta), ys[r]!), 0) / replicates;
    const average = new Float64Array(testPoints);
    for (const fit of fits) for (let j = 0; j < testPoints; j++) average[j] = average[j]! + fit[j]! / replicates;
    let bias2 = 0;
    let variance = 0;
    let error = 0;
    let gapSquares = 0;
    for (let j = 0; j < testPoints; j++) bias2 += (average[j]! - truth[j]!) ** 2 / testPoints;
    fits.forEach((fit, r) => {
      const eps = testNoise[r]!;
      for (let j = 0; j < testPoints; j++) {
        const miss = truth[j]! - fit[j]!;
        variance += (fit[j]! - average[j]!) ** 2;
        error += (miss + eps[j]!) ** 2;
        // error − (bias² + variance + σ²) is the mean of these gaps, independent given the fits.
        const gap = eps[j]! * eps[j]! - sigma * sigma + 2 * eps[j]! * miss;
        gapSquares += gap * gap;
      }
    });
    const samples = replicates * testPoints;
    variance /= samples;
    error /= samples;
    const sum = bias2 + variance + sigma * sigma;
    const se = Math.sqrt(gapSquares) / samples;
    return { size, train: trainError, bias2, variance, sum, error, se, fits: fits.slice(0, drawnFits), average };
  }

  return {
    sigma,
    x,
    ys,
    testX,
    truth,
    row(size) {
      if (!rows.has(size)) rows.set(size, compute(size));
      return rows.get(size)!;
    },
  };
}

/** The rows for every size on the curve and for the selected size, which is drawn in detail. */
export function decompositionResult(example: DecompositionExample, simulation: Simulation, selected: number): DecompositionResult {
  const sizes = [...new Set([...example.problem.sizes, selected])].sort((a, b) => a - b);
  const rows = sizes.map((size) => {
    const { fits: _, average: __, ...row } = simulation.row(size);
    return row;
  });
  const { fits, average } = simulation.row(selected);
  const { x, ys, testX, truth, sigma } = simulation;
  return { rows, noise: sigma * sigma, detail: { size: selected, x, y: ys[0]!, fits, average }, testX, truth };
}

export function runDecomposition(example: DecompositionExample, params: DecompositionParams): DecompositionResult {
  return decompositionResult(example, simulate(example, params), Number(params[example.problem.size.name]));
}

/**
 * The row numbers by size (`bias2@4`), the same numbers for the size drawn in detail without a
 * suffix (`bias2`), σ² (`noise`), and the sizes with the lowest (`best`) and highest (`peak`) error.
 */
export function decompositionQuantities(result: DecompositionResult): Quantities {
  const quantities: Quantities = { noise: result.noise };
  for (const row of result.rows) {
    for (const key of rowKeys) {
      quantities[`${key}@${row.size}`] = row[key];
      if (row.size === result.detail.size) quantities[key] = row[key];
    }
  }
  const byError = [...result.rows].sort((a, b) => a.error - b.error);
  quantities.best = byError[0]!.size;
  quantities.peak = byError.at(-1)!.size;
  return quantities;
}

export const rowKeys = ['train', 'bias2', 'variance', 'sum', 'error', 'se'] as const;

/** The caption: the noise and training sets, the size drawn in detail with its split, and the best size. */
export function describeDecomposition(example: DecompositionExample, params: DecompositionParams, result: DecompositionResult): string {
  const { phrase } = example.problem.size;
  const n = (v: number) => formatNumber(v, 3);
  const row = result.rows.find((r) => r.size === result.detail.size)!;
  const best = result.rows.reduce((a, b) => (b.error < a.error ? b : a));
  return `With noise σ = ${formatNumber(params.noise)} and ${params.replicates} training sets (seed ${params.seed}), ${phrase} ${row.size} has bias² ${n(row.bias2)} and variance ${n(row.variance)}, test error ${n(row.error)}; the lowest test error is at ${phrase} ${best.size}.`;
}
