import { adam, applyUpdates, gradientDescent, scalar, type Result } from '@descent/optimizer';
import type { Function1D } from '../../problems/curves.ts';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../../problems/types.ts';
import { formatNumber } from '../format.ts';

export interface AdamStepsParams extends Params {
  x0: number;
  lr: number;
  b1: number;
  b2: number;
  /** Steps listed in the table. */
  steps: number;
}

/** Adam's first steps on a function of one variable, with its moment estimates written out. */
export interface AdamStepsExample extends ExampleBase {
  widget: 'adam-steps';
  problem: Function1D;
  defaults: AdamStepsParams;
}

export const maxRows = 30;
/** Adam's ε, as the package's default. */
export const eps = 1e-8;

export function adamStepsParams(example: AdamStepsExample): ParamSpec[] {
  const [lo, hi] = example.problem.domain;
  return [
    { kind: 'number', name: 'x0', label: 'Start x₀', min: lo, max: hi, step: 0.1 },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 2, step: 0.01, slider: { min: 0.01, max: 1, step: 0.01 } },
    { kind: 'number', name: 'b1', label: 'β₁', min: 0, max: 0.999, step: 0.01 },
    { kind: 'number', name: 'b2', label: 'β₂', min: 0, max: 0.9999, step: 0.001 },
    { kind: 'number', name: 'steps', label: 'Steps listed', min: 1, max: maxRows, integer: true, step: 1 },
  ];
}

/** Step k of Adam: the gradient at x_{k−1}, the moments after it, their bias-corrected forms, the step and x_k. */
export interface AdamRow {
  k: number;
  g: number;
  m: number;
  v: number;
  mHat: number;
  vHat: number;
  step: number;
  x: number;
  f: number;
}

export interface AdamStepsRun {
  x0: number;
  f0: number;
  rows: AdamRow[];
  /** The same steps taken by the package's runner, which the table must agree with. */
  result: Result;
}

/**
 * Runs the package's Adam transform by hand so that its state (m and v) can be read after every
 * step; the runner's result for the same settings comes along for the end point and status.
 */
export function runAdamSteps(example: AdamStepsExample, params: AdamStepsParams): AdamStepsRun {
  const { f, df } = example.problem;
  const optimizer = adam(params.lr, params.b1, params.b2, eps);
  let x: Float64Array = Float64Array.of(params.x0);
  let state = optimizer.init(x);
  const rows: AdamRow[] = [];
  for (let k = 1; k <= params.steps; k++) {
    const g = df(x[0]!);
    const out = optimizer.update(Float64Array.of(g), state, x);
    state = out.state;
    x = applyUpdates(x, out.updates);
    const [m, v] = [state[0].mu[0]!, state[0].nu[0]!];
    const row = { k, g, m, v, mHat: m / (1 - params.b1 ** k), vHat: v / (1 - params.b2 ** k), step: out.updates[0]!, x: x[0]!, f: f(x[0]!) };
    if (![row.x, row.f, row.step].every((n) => Number.isFinite(n) && Math.abs(n) < 1e100)) break;
    rows.push(row);
  }
  const result = gradientDescent(scalar(f, df), params.x0, { optimizer: adam(params.lr, params.b1, params.b2, eps), stop: { maxSteps: params.steps } });
  return { x0: params.x0, f0: f(params.x0), rows, result };
}

export function adamStepsQuantities(_example: AdamStepsExample, run: AdamStepsRun): Quantities {
  const quantities: Quantities = { x: run.result.x[0]!, f: run.result.f, iterations: run.result.iterations, status: run.result.reason };
  for (const r of run.rows) {
    quantities[`g@${r.k}`] = r.g;
    quantities[`m@${r.k}`] = r.m;
    quantities[`v@${r.k}`] = r.v;
    quantities[`mhat@${r.k}`] = r.mHat;
    quantities[`vhat@${r.k}`] = r.vHat;
    quantities[`step@${r.k}`] = r.step;
    quantities[`x@${r.k}`] = r.x;
  }
  return quantities;
}

export function describeAdamSteps(_example: AdamStepsExample, params: AdamStepsParams, run: AdamStepsRun): string {
  const first = run.rows[0];
  const last = run.rows.at(-1);
  if (!first || !last) return `From x = ${formatNumber(params.x0)} Adam diverged at step 1.`;
  const ending = run.result.reason === 'diverged' ? `diverged at step ${run.result.divergedAt ?? run.result.iterations}` : `is at x = ${formatNumber(last.x, 4)} after ${last.k} steps`;
  return `From x = ${formatNumber(params.x0)} at rate ${formatNumber(params.lr)} (β₁ = ${formatNumber(params.b1)}, β₂ = ${formatNumber(params.b2)}) the first step moves x by ${formatNumber(-first.step, 4)} and Adam ${ending}.`;
}
