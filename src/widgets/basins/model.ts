import { count } from '../caption.ts';
import { gradientDescent, scalar, type Result } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import { formatNumber } from '../format.ts';
import type { Function1D } from '../../problems/curves.ts';

export interface BasinsParams extends Record<string, number | string> {
  lr: number;
  /** The step budget of each run. */
  steps: number;
  /** How many evenly spaced starts cover the function's domain, ends included. */
  starts: number;
  tol: number;
}

/** Gradient descent from evenly spaced starts across a curve, each start marked by where its run ends. */
export interface BasinsExample extends ExampleBase {
  widget: 'basins';
  problem: Function1D;
  defaults: BasinsParams;
}

export const maxStarts = 241;
export const maxSteps = 2000;

export function basinsParams(): ParamSpec[] {
  return [
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.05 },
    { kind: 'number', name: 'starts', label: 'Starts', min: 2, max: maxStarts, integer: true, step: 10 },
    { kind: 'number', name: 'steps', label: 'Most steps per run', min: 1, max: maxSteps, integer: true, step: 100 },
    { kind: 'number', name: 'tol', label: 'Tolerance on |f′(x)|', min: 0, aboveMin: true, max: 1, step: 0.0001 },
  ];
}

/** Where a run ends up: at a point it converged to (shared by every run that gets there), or nowhere. */
export type Outcome =
  | { kind: 'converged'; end: number; label: string }
  | { kind: 'diverged' | 'max-steps'; label: string };

export interface Start {
  x0: number;
  result: Result;
  /** Index into `outcomes`. */
  outcome: number;
}

/** Neighbouring starts with the same outcome. */
export interface Interval {
  from: number;
  to: number;
  starts: number;
  outcome: number;
}

export interface Basins {
  starts: Start[];
  /** Converged ends from left to right, then "diverged" and "still moving" where they occur. */
  outcomes: Outcome[];
  intervals: Interval[];
}

/** Two runs that converge this close together have found the same point. */
const sameEnd = 1e-4;

export function runBasins(example: BasinsExample, params: BasinsParams): Basins {
  const { f, df, domain } = example.problem;
  const [lo, hi] = domain;
  const objective = scalar(f, df);
  const runs = Array.from({ length: params.starts }, (_, i) => {
    const x0 = lo + ((hi - lo) * i) / (params.starts - 1);
    const result = gradientDescent(objective, [x0], {
      learningRate: params.lr,
      stop: { maxSteps: params.steps, gradientNorm: params.tol },
    });
    return { x0, result };
  });

  const ends: number[] = [];
  for (const x of runs.filter((r) => r.result.reason === 'converged').map((r) => r.result.x[0]!).sort((p, q) => p - q)) {
    if (ends.length === 0 || x - ends.at(-1)! > sameEnd) ends.push(x);
  }
  const outcomes: Outcome[] = ends.map((end) => ({ kind: 'converged', end, label: `ends at ${formatNumber(end)}` }));
  const other = (kind: 'diverged' | 'max-steps') => {
    let index = outcomes.findIndex((o) => o.kind === kind);
    if (index === -1) {
      const label = kind === 'diverged' ? 'diverges' : `still moving after ${params.steps} steps`;
      index = outcomes.push({ kind, label }) - 1;
    }
    return index;
  };

  const starts = runs.map(({ x0, result }) => {
    const x = result.x[0]!;
    // `ends` holds the first of each cluster, so a converged end belongs to the last one at or below it.
    const outcome =
      result.reason === 'converged' ? ends.findLastIndex((end) => end <= x + sameEnd) : other(result.reason === 'diverged' ? 'diverged' : 'max-steps');
    return { x0, result, outcome };
  });

  const intervals: Interval[] = [];
  for (const start of starts) {
    const last = intervals.at(-1);
    if (last && last.outcome === start.outcome) {
      last.to = start.x0;
      last.starts++;
    } else {
      intervals.push({ from: start.x0, to: start.x0, starts: 1, outcome: start.outcome });
    }
  }
  return { starts, outcomes, intervals };
}

/** The name of a start in quantity names: its x₀ as readers see it, e.g. `end@1.5`. */
export function startName(x0: number): string {
  return formatNumber(x0);
}

/** Every number the widget shows, at full precision: each interval of the summary and each start's run. */
export function basinsQuantities(basins: Basins): Quantities {
  const quantities: Quantities = { intervals: basins.intervals.length };
  basins.intervals.forEach((interval, i) => {
    const outcome = basins.outcomes[interval.outcome]!;
    const name = `interval@${i + 1}`;
    quantities[`${name}.from`] = interval.from;
    quantities[`${name}.to`] = interval.to;
    quantities[`${name}.starts`] = interval.starts;
    quantities[`${name}.outcome`] = outcome.kind;
    if (outcome.kind === 'converged') quantities[`${name}.end`] = outcome.end;
  });
  for (const { x0, result } of basins.starts) {
    const name = startName(x0);
    if (result.reason !== 'diverged') quantities[`end@${name}`] = result.x[0]!;
    quantities[`steps@${name}`] = result.iterations;
    quantities[`status@${name}`] = result.reason;
  }
  return quantities;
}

/** The caption: the rate, and how many starts reach each end. */
export function describeBasins(params: BasinsParams, basins: Basins): string {
  const parts = basins.outcomes.map((outcome, i) => {
    const runs = basins.starts.filter((start) => start.outcome === i);
    if (outcome.kind === 'converged') return `${runs.length} end at ${formatNumber(outcome.end)}`;
    if (outcome.kind === 'max-steps') return `${runs.length} are still moving after ${count(params.steps, 'step')}`;
    return `${runs.length} diverged, the last at step ${Math.max(...runs.map((start) => start.result.divergedAt ?? 0))}`;
  });
  return `At rate ${formatNumber(params.lr)}, of ${count(basins.starts.length, 'start')} across the curve ${parts.join(', ')}.`;
}
