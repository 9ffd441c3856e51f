import { statusText } from '../status.ts';
import { formatNumber } from '../format.ts';
import { gradientDescent, linearRegression, minimumNormSolution, normal, seededRandom, type Result } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { tableRows } from '../rows.ts';
import { distance, evenlySpaced, legendreColumns, meanSquare, noisy, predict, type TrueFunction } from '../fitting.ts';

/** Gradient descent on an over-parameterised least-squares problem, compared with the minimum-norm solution. */
export interface ImplicitProblem {
  truth: TrueFunction;
  /** Training points, evenly spaced on [−1, 1]. */
  n: number;
  /** Noise standard deviation of the training data. */
  sigma: number;
  maxFeatures: number;
}

export interface ImplicitParams extends Record<string, number | string> {
  /** Legendre features P₀, …, P_{p−1}. */
  p: number;
  lr: number;
  steps: number;
  /** Gradient-norm tolerance of the stop rule. */
  tol: number;
  start: 'zero' | 'random';
  seed: number;
}

export interface ImplicitExample extends ExampleBase {
  widget: 'implicit-regularisation';
  problem: ImplicitProblem;
  defaults: ImplicitParams;
}

export interface ImplicitResult {
  run: Result;
  /** θ⁺, the minimum-norm least-squares solution. */
  minimumNorm: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** ‖θ_k − θ⁺‖ at the recorded steps k. */
  history: { k: number; distance: number; residual: number }[];
  distance: number;
  /** Root-mean-square training residual √(mean (Xθ − y)²) of the final iterate. */
  residual: number;
  normDescent: number;
  normMinimum: number;
  /** Mean squared distance from the true curve on the test points, plus σ². */
  test: number;
  testX: Float64Array;
  /** The final iterate's curve and θ⁺'s curve on the test points. */
  curves: { descent: Float64Array; minimumNorm: Float64Array; truth: Float64Array };
}

export const maxSteps = 50_000;
const testPoints = 201;

export function implicitParams(example: ImplicitExample): ParamSpec[] {
  return [
    { kind: 'number', name: 'p', label: 'Features p', min: 1, max: example.problem.maxFeatures, integer: true, step: 1, slider: true },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.01 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps, integer: true, step: 1000 },
    { kind: 'number', name: 'tol', label: 'Stop when ‖gradient‖ <', min: 0, aboveMin: true, max: 1, step: 1e-12 },
    {
      kind: 'choice',
      name: 'start',
      label: 'Start',
      choices: [
        { value: 'zero', label: 'θ₀ = 0' },
        { value: 'random', label: 'θ₀ random (seeded)' },
      ],
    },
    { kind: 'number', name: 'seed', label: 'Seed', min: 0, max: 2 ** 32 - 1, integer: true, step: 1 },
  ];
}

/**
 * Draws one training set (seeded), runs full-batch gradient descent on the mean squared error of
 * the model θ₀P₀(x) + … + θ_{p−1}P_{p−1}(x) from θ = 0 (or a seeded random start, drawn after the
 * data), and compares where it ends with θ⁺ from the package's minimumNormSolution.
 */
export function runImplicit(example: ImplicitExample, params: ImplicitParams): ImplicitResult {
  const { truth, n, sigma } = example.problem;
  const rng = seededRandom(params.seed);
  const x = evenlySpaced(n);
  const y = noisy(truth, x, sigma, rng);
  const columns = legendreColumns(x, params.p);
  const start = params.start === 'zero' ? new Float64Array(params.p) : Float64Array.from({ length: params.p }, () => normal(rng));
  const run = gradientDescent(linearRegression(columns, y, { intercept: false, loss: 'mse' }), start, {
    learningRate: params.lr,
    stop: { maxSteps: params.steps, gradientNorm: params.tol },
    trajectory: { cap: 300 },
  });
  const minimumNorm = minimumNormSolution(columns, y);
  const history = (run.trajectory ?? []).map((point) => ({
    k: point.k,
    distance: distance(point.x, minimumNorm),
    residual: Math.sqrt(point.f),
  }));
  const testX = evenlySpaced(testPoints);
  const testColumns = legendreColumns(testX, params.p);
  const curves = {
    descent: predict(testColumns, run.x),
    minimumNorm: predict(testColumns, minimumNorm),
    truth: testX.map(truth.f),
  };
  return {
    run,
    minimumNorm,
    x,
    y,
    history,
    distance: distance(run.x, minimumNorm),
    residual: Math.sqrt(meanSquare(predict(columns, run.x), y)),
    normDescent: distance(run.x),
    normMinimum: distance(minimumNorm),
    test: meanSquare(curves.descent, curves.truth) + sigma * sigma,
    testX,
    curves,
  };
}

/** The final numbers, and `distance@k`, `residual@k` for the rows of the step table. */
export function implicitQuantities(result: ImplicitResult): Quantities {
  const rows = Object.fromEntries(
    tableRows(result.history).rows.flatMap((h) => [
      [`distance@${h.k}`, h.distance],
      [`residual@${h.k}`, h.residual],
    ]),
  );
  return {
    ...rows,
    distance: result.distance,
    residual: result.residual,
    norm: result.normDescent,
    'norm-min': result.normMinimum,
    test: result.test,
    iterations: result.run.iterations,
    status: result.run.reason,
  };
}

/** The caption: the start, the features and rate, how the run ended, and how far it ends from θ⁺. */
export function describeImplicit(params: ImplicitParams, result: ImplicitResult): string {
  const start = params.start === 'zero' ? 'zero' : `a random start (seed ${params.seed})`;
  const end = result.run.reason === 'diverged' ? '' : `, ending ${formatNumber(result.distance, 4)} from the minimum-norm fit θ⁺`;
  return `From ${start} with p = ${params.p} features at rate ${formatNumber(params.lr)}, descent ${statusText(result.run)}${end}.`;
}
