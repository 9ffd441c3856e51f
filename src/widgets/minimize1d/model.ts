import { runEnding } from '../caption.ts';
import { formatNumber } from '../format.ts';
import { minimize, scalar, type Result } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { iterateQuantities } from '../descent1d/model.ts';
import type { Function1D } from '../../problems/curves.ts';
import { statusText } from '../status.ts';

export interface Minimize1DParams extends Record<string, number> {
  x0: number;
  /** The gradient-norm tolerance: BFGS stops once |f′(x)| is below it. */
  tol: number;
}

/** A library minimiser (the package's BFGS, as scipy.optimize.minimize) on a function of one variable. */
export interface Minimize1DExample extends ExampleBase {
  widget: 'minimize-1d';
  problem: Function1D;
  defaults: Minimize1DParams;
}

export function minimize1DParams(example: Minimize1DExample): ParamSpec[] {
  const [lo, hi] = example.problem.domain;
  return [
    { kind: 'number', name: 'x0', label: 'Start x₀', min: lo, max: hi, step: 0.1 },
    { kind: 'number', name: 'tol', label: 'Tolerance on |f′(x)|', min: 0, aboveMin: true, max: 1, step: 0.0001 },
  ];
}

/** The most steps BFGS takes (scipy's 200 per variable). */
export const bfgsSteps = 200;

export function runMinimize1D(example: Minimize1DExample, params: Minimize1DParams): Result {
  const { f, df } = example.problem;
  return minimize(scalar(f, df), [params.x0], { stop: { gradientNorm: params.tol, maxSteps: bfgsSteps }, trajectory: true });
}

/** The result record as readers see it; a divergence is described, never printed with its non-finite value. */
export function resultMessage(result: Result): string {
  return result.reason === 'diverged' ? statusText(result) : result.message;
}

/** The whole result record (x, f, gradient, iterations, evaluations, reason, message) and every iterate. */
export function minimize1DQuantities(result: Result): Quantities {
  return {
    ...iterateQuantities(result),
    gradient: result.gradient[0]!,
    evaluations: result.evaluations,
    status: result.reason,
    message: resultMessage(result),
  };
}

/** The caption: where BFGS starts and how it ends. */
export function describeMinimize1D(params: Minimize1DParams, result: Result): string {
  return `From x = ${formatNumber(params.x0)} the iterates of BFGS ${runEnding(result, ['x'])}.`;
}
