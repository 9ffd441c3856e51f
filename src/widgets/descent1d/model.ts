import { runEnding } from '../caption.ts';
import { formatNumber } from '../format.ts';
import { gradientDescent, scalar, type Result } from '@descent/optimizer';
import type { Function1D } from '../../problems/curves.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';

/** The symbols a function is shown with. */
export function symbolsOf(problem: Function1D): { x: string; f: string } {
  return problem.symbols ?? { x: 'x', f: 'f' };
}

export interface Descent1DParams extends Record<string, number | string> {
  x0: number;
  lr: number;
  steps: number;
  stop: 'gradient' | 'step';
  tol: number;
}

/** Gradient descent on a function of one variable, drawn on its curve with a table of iterates. */
export interface Descent1DExample extends ExampleBase {
  widget: 'descent-1d';
  problem: Function1D;
  defaults: Descent1DParams;
  /** Points marked on the curve, each shown with f and f′ there (quantities `f(p)` and `df(p)`). */
  probes?: readonly number[];
  /** A minimiser known by other means, drawn as a vertical rule and shown as the quantity `name`. */
  reference?: { name: string; label: string; x: number };
}

export const maxSteps = 10_000;

export function descent1DParams(example: Descent1DExample): ParamSpec[] {
  const [lo, hi] = example.problem.domain;
  const { x, f } = symbolsOf(example.problem);
  return [
    { kind: 'number', name: 'x0', label: `Start ${x}₀`, min: lo, max: hi, step: 0.1 },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.05, slider: example.problem.rates ?? false },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps, integer: true, step: 1 },
    {
      kind: 'choice',
      name: 'stop',
      label: 'Stop when',
      choices: [
        { value: 'gradient', label: `|${f}′(${x})| < tolerance` },
        { value: 'step', label: '|step| < tolerance' },
      ],
    },
    { kind: 'number', name: 'tol', label: 'Tolerance', min: 0, aboveMin: true, max: 1, step: 0.0001 },
  ];
}

export function runDescent1D(example: Descent1DExample, params: Descent1DParams): Result {
  return descend1D(example.problem, params);
}

/** Plain gradient descent on `problem` with the widget's settings, recording every iterate. */
export function descend1D(problem: Function1D, params: Descent1DParams): Result {
  const { f, df } = problem;
  return gradientDescent(scalar(f, df), [params.x0], {
    learningRate: params.lr,
    stop:
      params.stop === 'gradient'
        ? { maxSteps: params.steps, gradientNorm: params.tol }
        : { maxSteps: params.steps, minStepSize: params.tol },
    trajectory: true,
  });
}

/** The probes with f and f′ at each, in the order given. */
export function probeValues(example: Descent1DExample): { x: number; f: number; df: number }[] {
  const { f, df } = example.problem;
  return (example.probes ?? []).map((x) => ({ x, f: f(x), df: df(x) }));
}

/** Every number the widget shows, at full precision: the final iterate, each row of the iterate table, probes and reference. */
export function descent1DQuantities(example: Descent1DExample, result: Result): Quantities {
  const quantities: Quantities = { ...iterateQuantities(result), status: result.reason };
  for (const probe of probeValues(example)) {
    quantities[`f(${probe.x})`] = probe.f;
    quantities[`df(${probe.x})`] = probe.df;
  }
  if (example.reference) quantities[example.reference.name] = example.reference.x;
  return quantities;
}

/** The final iterate (`x`, `f`, `iterations`) and every recorded iterate (`x@k`, `f@k`, `df@k`, `step@k`) of a one-variable run. */
export function iterateQuantities(result: Result): Quantities {
  const quantities: Quantities = { x: result.x[0]!, f: result.f, iterations: result.iterations };
  for (const point of result.trajectory ?? []) {
    quantities[`x@${point.k}`] = point.x[0]!;
    quantities[`f@${point.k}`] = point.f;
    quantities[`df@${point.k}`] = point.gradient[0]!;
    quantities[`step@${point.k}`] = point.step[0]!;
  }
  return quantities;
}

/** The caption: where the run starts, at what rate, and how it ends. */
export function describeDescent1D(example: Descent1DExample, params: Descent1DParams, result: Result): string {
  const { x } = symbolsOf(example.problem);
  return `From ${x} = ${formatNumber(params.x0)} at rate ${formatNumber(params.lr)} the iterates ${runEnding(result, [x])}.`;
}
