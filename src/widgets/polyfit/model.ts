import { formatNumber } from '../format.ts';
import { permutation, seededRandom } from '@descent/optimizer';
import type { Pairs } from '../../problems/datasets.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { evenlySpaced, fitColumns, meanSquare, polynomialColumns, predict, toUnitInterval } from '../fitting.ts';

/** Polynomials of rising degree fitted to random samples of a real data set. */
export interface PolynomialFitProblem {
  data: Pairs;
  xLabel: string;
  yLabel: string;
  /** The interval mapped onto [−1, 1] before the powers are taken. */
  domain: readonly [number, number];
  /** y-range drawn; wild fits are clipped to it. */
  range: readonly [number, number];
  maxDegree: number;
}

export interface PolynomialFitParams extends Record<string, number | string> {
  degree: number;
  /** Points in each training sample. */
  n: number;
  /** Training samples drawn: the first is the highlighted fit, the rest show the spread. */
  samples: number;
  seed: number;
}

export interface PolynomialFitExample extends ExampleBase {
  widget: 'polynomial-fit';
  problem: PolynomialFitProblem;
  defaults: PolynomialFitParams;
}

/** Errors of one degree: mean squared errors of the first sample's fit, and the spread of all fits. */
export interface DegreeRow {
  degree: number;
  /** On the first sample's own points. */
  train: number;
  /** On every point not in the first sample. */
  test: number;
  /** √(mean over all points of the variance of the fits' predictions there), in y units. */
  spread: number;
  /** Samples whose fit is not unique (fewer distinct x values than coefficients). */
  nonUnique: number;
}

export interface PolynomialFitResult {
  rows: DegreeRow[];
  /** The first sample's points. */
  sample: Int32Array;
  /** The fits of the selected degree to every sample, on `grid`; the first sample's fit first. */
  curves: Float64Array[];
  grid: Float64Array;
  degree: number;
}

export const maxSamples = 30;
const maxSampleSize = 200;
const gridPoints = 121;

export function polynomialFitParams(example: PolynomialFitExample): ParamSpec[] {
  const rows = example.problem.data.x.length;
  return [
    { kind: 'number', name: 'degree', label: 'Degree', min: 0, max: example.problem.maxDegree, integer: true, step: 1, slider: true },
    { kind: 'number', name: 'n', label: 'Cars per sample', min: 5, max: Math.min(maxSampleSize, rows - 1), integer: true, step: 5 },
    { kind: 'number', name: 'samples', label: 'Samples drawn', min: 1, max: maxSamples, integer: true, step: 1 },
    { kind: 'number', name: 'seed', label: 'Seed', min: 0, max: 2 ** 32 - 1, integer: true, step: 1 },
  ];
}

/** The drawn samples and every degree's fits to them; the same for every degree the reader picks. */
export interface PolynomialFits {
  samples: Int32Array[];
  rows: DegreeRow[];
  thetas: Float64Array[][];
}

/**
 * Draws `samples` random samples of n points (each the first n of a fresh seeded permutation) and
 * fits every degree from 0 to the maximum to each, by least squares on x mapped to [−1, 1].
 */
export function fitSamples(example: PolynomialFitExample, { n, samples: count, seed }: PolynomialFitParams): PolynomialFits {
  const { data, domain, maxDegree } = example.problem;
  const rng = seededRandom(seed);
  const rows = data.x.length;
  const orders = Array.from({ length: count }, () => permutation(rows, rng));
  const samples = orders.map((order) => order.slice(0, n));
  const u = toUnitInterval(data.x, domain);
  const pick = (values: Float64Array, indices: Int32Array) => Float64Array.from(indices, (i) => values[i]!);
  const held = orders[0]!.slice(n);

  const thetas: Float64Array[][] = [];
  const degreeRows = Array.from({ length: maxDegree + 1 }, (_, degree): DegreeRow => {
    const everywhere = polynomialColumns(u, degree);
    const fits = samples.map((sample) => fitColumns(polynomialColumns(pick(u, sample), degree), pick(data.y, sample)));
    thetas.push(fits.map((fit) => fit.theta));
    const predictions = fits.map((fit) => predict(everywhere, fit.theta));
    const first = predictions[0]!;
    let variance = 0;
    for (let i = 0; i < rows; i++) {
      let mean = 0;
      for (const p of predictions) mean += p[i]! / count;
      for (const p of predictions) variance += (p[i]! - mean) ** 2 / (count * rows);
    }
    return {
      degree,
      train: meanSquare(pick(first, samples[0]!), pick(data.y, samples[0]!)),
      test: meanSquare(pick(first, held), pick(data.y, held)),
      spread: Math.sqrt(variance),
      nonUnique: fits.filter((fit) => !fit.unique).length,
    };
  });
  return { samples, rows: degreeRows, thetas };
}

/** The curves of one degree, on an even grid across the domain. */
export function polynomialFitResult(example: PolynomialFitExample, fits: PolynomialFits, degree: number): PolynomialFitResult {
  const grid = evenlySpaced(gridPoints, ...example.problem.domain);
  const columns = polynomialColumns(toUnitInterval(grid, example.problem.domain), degree);
  const curves = fits.thetas[degree]!.map((theta) => predict(columns, theta));
  return { rows: fits.rows, sample: fits.samples[0]!, curves, grid, degree };
}

export function runPolynomialFit(example: PolynomialFitExample, params: PolynomialFitParams): PolynomialFitResult {
  return polynomialFitResult(example, fitSamples(example, params), params.degree);
}

/** `train@d`, `test@d`, `spread@d` for every degree d, and the same for the selected degree without a suffix. */
export function polynomialFitQuantities(result: PolynomialFitResult): Quantities {
  const quantities: Quantities = {};
  for (const row of result.rows) {
    for (const key of ['train', 'test', 'spread'] as const) {
      quantities[`${key}@${row.degree}`] = row[key];
      if (row.degree === result.degree) quantities[key] = row[key];
    }
  }
  return quantities;
}

/** The caption: the degree and samples on screen, and that degree's errors. */
export function describePolynomialFit(params: PolynomialFitParams, result: PolynomialFitResult): string {
  const row = result.rows.find((r) => r.degree === result.degree)!;
  const n = (v: number) => formatNumber(v, 3);
  return `Degree ${result.degree} fitted to ${params.samples} samples of ${params.n} cars (seed ${params.seed}): training error ${n(row.train)}, test error ${n(row.test)}, spread of the fits ${n(row.spread)}.`;
}
