import { count } from '../caption.ts';
import { formatNumber } from '../format.ts';
import type { Result } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { descend1D, maxSteps } from '../descent1d/model.ts';
import type { Function1D } from '../../problems/curves.ts';

export interface Compare1DParams extends Record<string, number | readonly number[]> {
  /** The starts; every start is run with every rate. */
  x0: readonly number[];
  lr: readonly number[];
  steps: number;
  /** Gradient-norm tolerance of every run. */
  tol: number;
}

/** Gradient descent on one function from several starts with several learning rates, drawn as small multiples. */
export interface Compare1DExample extends ExampleBase {
  widget: 'compare-1d';
  problem: Function1D;
  defaults: Compare1DParams;
}

/** One run of the comparison: its start, its rate and what it did. */
export interface Run {
  /** The run's number as readers see it, from 1; its quantities are named `run{n}.…`. */
  n: number;
  x0: number;
  lr: number;
  result: Result;
}

/** Rows of the side-by-side iterate table: steps 0 to this. */
export const tableSteps = 20;

export function compare1DParams(example: Compare1DExample): ParamSpec[] {
  const [lo, hi] = example.problem.domain;
  const { x0, lr } = example.defaults;
  return [
    { kind: 'list', name: 'x0', label: `Starts x₀ (${x0.length}, comma-separated)`, length: x0.length, min: lo, max: hi },
    { kind: 'list', name: 'lr', label: `Learning rates (${lr.length}, comma-separated)`, length: lr.length, min: 1e-6, max: 10 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps / 10, integer: true, step: 1 },
    { kind: 'number', name: 'tol', label: 'Tolerance on |f′(x)|', min: 0, aboveMin: true, max: 1, step: 0.0001 },
  ];
}

/** Every start with every rate, starts in the outer loop. */
export function runCompare1D(example: Compare1DExample, params: Compare1DParams): Run[] {
  const runs: Run[] = [];
  for (const x0 of params.x0) {
    for (const lr of params.lr) {
      const result = descend1D(example.problem, { x0, lr, steps: params.steps, stop: 'gradient', tol: params.tol });
      runs.push({ n: runs.length + 1, x0, lr, result });
    }
  }
  return runs;
}

/** Every number the comparison shows: each run's end, and its first iterates. */
export function compare1DQuantities(runs: readonly Run[]): Quantities {
  const quantities: Quantities = {};
  for (const { n, result } of runs) {
    quantities[`run${n}.x`] = result.x[0]!;
    quantities[`run${n}.f`] = result.f;
    quantities[`run${n}.iterations`] = result.iterations;
    quantities[`run${n}.status`] = result.reason;
    for (const point of (result.trajectory ?? []).slice(0, tableSteps + 1)) quantities[`run${n}.x@${point.k}`] = point.x[0]!;
  }
  return quantities;
}

/** The caption: how many runs converge and where, how many run out of steps, and where each divergence happens. */
export function describeCompare1D(runs: readonly Run[]): string {
  const ending = (reason: Result['reason']) => runs.filter((run) => run.result.reason === reason);
  const converged = ending('converged');
  const ends = [...new Set(converged.map((run) => formatNumber(run.result.x[0]!, 3)))];
  const parts = [
    converged.length > 0 ? `${count(converged.length, 'run')} converge (to ${ends.join(' or ')})` : '',
    ending('max-steps').length > 0 ? `${ending('max-steps').length} run out of steps` : '',
    ...ending('diverged').map((run) => `run ${run.n} (x₀ = ${formatNumber(run.x0)}, rate ${formatNumber(run.lr)}) diverged at step ${run.result.divergedAt}`),
  ];
  return `${count(runs.length, 'run')}, every start with every rate: ${parts.filter(Boolean).join('; ')}.`;
}
