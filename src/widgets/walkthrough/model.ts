import { runEnding } from '../caption.ts';
import { formatNumber } from '../format.ts';
import { gradientDescent, leastSquares, linearRegression, type Objective, type Result } from '@descent/optimizer';
import type { Pairs } from '../../problems/datasets.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { iterateQuantities } from '../descent1d/model.ts';
import { curveOf, type Function1D } from '../../problems/curves.ts';
import { squaredErrors } from '../../problems/functions.ts';
import { firstVariableOnly, quadraticText } from '../../problems/surfaces.ts';

/** A line with a fixed slope through paired data; gradient descent fits its intercept by the sum of squared residuals. */
export interface InterceptProblem {
  data: Pairs;
  slope: number;
  /** What the data's two columns measure, such as Weight and Height. */
  labels: { x: string; y: string };
  /** The intercepts the SSR curve is drawn over. */
  domain: readonly [number, number];
  /** Intercepts at which the SSR is marked on its curve and shown (quantities `f(b)`). */
  probes: readonly number[];
  /** The x at which the least-squares line's prediction is shown. */
  predictAt: number;
}

export interface WalkthroughParams extends Record<string, number | string> {
  x0: number;
  lr: number;
  /** The minimum step size: the run stops once |step| falls below it. */
  tol: number;
  steps: number;
  /** The step the walk-through shows, 0 for the start. */
  step: number;
}

/** A step-by-step walk-through of gradient descent on one intercept, with the residuals drawn on the data. */
export interface WalkthroughExample extends ExampleBase {
  widget: 'walkthrough';
  problem: InterceptProblem;
  defaults: WalkthroughParams;
}

/** The source's "maximum number of steps": the walk-through never goes further. */
export const maxWalkSteps = 1000;

export function walkthroughParams(example: WalkthroughExample): ParamSpec[] {
  const [lo, hi] = example.problem.domain;
  return [
    { kind: 'number', name: 'x0', label: 'Start intercept', min: lo, max: hi, step: 0.1 },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.05 },
    { kind: 'number', name: 'tol', label: 'Minimum step size', min: 0, aboveMin: true, max: 1, step: 0.0005 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxWalkSteps, integer: true, step: 1 },
    { kind: 'number', name: 'step', label: 'Step shown', min: 0, max: maxWalkSteps, integer: true, step: 1 },
  ];
}

/** The residuals yᵢ − (b + slope·xᵢ) of the line with intercept b. */
export function residuals(problem: InterceptProblem, b: number): number[] {
  const { data, slope } = problem;
  return Array.from(data.y, (y, i) => y - (b + slope * data.x[i]!));
}

/**
 * SSR(b) = Σ rᵢ² and dSSR/db = −2 Σ rᵢ: the package's least-squares objective with b as the
 * coefficient of a column of ones, fitted to yᵢ − slope·xᵢ.
 */
export function ssrObjective(problem: InterceptProblem): Objective {
  const { data, slope } = problem;
  const ones = new Float64Array(data.x.length).fill(1);
  const rest = data.y.map((y, i) => y - slope * data.x[i]!);
  return linearRegression(ones, rest, { intercept: false, loss: 'ssr' });
}

/** SSR(b) multiplied out, as text in x for the playground: Σ(1·b − rᵢ)² with rᵢ = yᵢ − slope·xᵢ. */
export function ssrFormula({ data, slope }: InterceptProblem): string {
  const ones = new Float64Array(data.x.length).fill(1);
  return quadraticText(firstVariableOnly(squaredErrors({ x: ones, y: data.y.map((y, i) => y - slope * data.x[i]!) })));
}

/** The SSR as a function of the intercept, to draw and to probe. */
export function ssrCurve(problem: InterceptProblem): Function1D {
  return {
    tex: '\\mathrm{SSR}(b) = \\sum_i (y_i - b - m x_i)^2',
    ...curveOf(ssrObjective(problem)),
    domain: problem.domain,
    symbols: { x: 'intercept', f: 'SSR' },
  };
}

/** The least-squares line with both intercept and slope free (the package's closed form). */
export function leastSquaresLine({ x, y }: Pairs): { intercept: number; slope: number } {
  const [intercept, slope] = leastSquares(x, y);
  return { intercept: intercept!, slope: slope! };
}

export function runWalkthrough(example: WalkthroughExample, params: WalkthroughParams): Result {
  return gradientDescent(ssrObjective(example.problem), [params.x0], {
    learningRate: params.lr,
    stop: { minStepSize: params.tol, maxSteps: params.steps },
    trajectory: { cap: params.steps + 1 },
  });
}

/** The step the walk-through shows: the one asked for, or the last one the run took. */
export function shownStep(result: Result, params: WalkthroughParams): number {
  return Math.min(params.step, result.iterations);
}

/** A run and the step the walk-through shows of it. */
export interface WalkthroughStep {
  result: Result;
  k: number;
}

/** The run and the step it shows: the step comes from the settings, clamped to the run's length. */
export function runWalkthroughStep(example: WalkthroughExample, params: WalkthroughParams): WalkthroughStep {
  const result = runWalkthrough(example, params);
  return { result, k: shownStep(result, params) };
}

/** The SSR at each probe intercept. */
export function ssrProbes(problem: InterceptProblem): { b: number; ssr: number }[] {
  const curve = ssrCurve(problem);
  return problem.probes.map((b) => ({ b, ssr: curve.f(b) }));
}

/** The least-squares line and its prediction at `predictAt`: the answer gradient descent is measured against. */
export function leastSquaresAnswer(problem: InterceptProblem) {
  const line = leastSquaresLine(problem.data);
  return { ...line, prediction: line.intercept + line.slope * problem.predictAt };
}

/** Every number the walk-through shows: the iterate table, the final intercept, the probes and the least-squares line. */
export function walkthroughQuantities(example: WalkthroughExample, result: Result): Quantities {
  const { x, ...iterates } = iterateQuantities(result);
  const quantities: Quantities = { ...iterates, intercept: x!, status: result.reason };
  for (const { b, ssr } of ssrProbes(example.problem)) quantities[`f(${b})`] = ssr;
  const answer = leastSquaresAnswer(example.problem);
  quantities['least-squares.intercept'] = answer.intercept;
  quantities['least-squares.slope'] = answer.slope;
  quantities['least-squares.prediction'] = answer.prediction;
  return quantities;
}

/** The caption: the step on show, and how the whole run goes. */
export function describeWalkthrough(params: WalkthroughParams, { result, k }: WalkthroughStep): string {
  const shown = result.trajectory?.[k]?.x[0] ?? result.x[0]!;
  return `Step ${k} of ${result.iterations} puts the intercept at ${formatNumber(shown)}. From intercept ${formatNumber(params.x0)} at rate ${formatNumber(params.lr)} the iterates ${runEnding(result, ['intercept'])}.`;
}
