import type { Reason } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../../problems/types.ts';
import { count, point } from '../caption.ts';
import { formatNumber } from '../format.ts';

/** The optimizers of `@descent/optimizer` a reader can run, in the order of the menu. */
export const methods = [
  { value: 'gd', label: 'gradient descent' },
  { value: 'momentum', label: 'heavy-ball momentum' },
  { value: 'nesterov', label: 'Nesterov momentum' },
  { value: 'adagrad', label: 'AdaGrad' },
  { value: 'rmsprop', label: 'RMSProp' },
  { value: 'adam', label: 'Adam' },
  { value: 'bfgs', label: 'BFGS (a library minimiser)' },
] as const;
export type Method = (typeof methods)[number]['value'];

const schedules = [
  { value: 'constant', label: 'constant' },
  { value: 'exponential', label: 'exponential: η·d^(t/every)' },
  { value: 'inverse', label: 'inverse time: η / (1 + d·t/every)' },
  { value: 'step', label: 'step: η·d^⌊t/every⌋' },
] as const;
export type ScheduleName = (typeof schedules)[number]['value'];

export const stopRules = [
  { value: 'gradient', label: '‖gradient‖ < tolerance' },
  { value: 'step', label: 'largest step < tolerance' },
  { value: 'change', label: 'relative change in f < tolerance' },
] as const;

export interface PlaygroundParams extends Params {
  /** The function as the reader typed it, in x, or in x and y. */
  f: string;
  method: Method;
  /** The learning rate η (not used by BFGS, which searches along each direction). */
  lr: number;
  /** β of both momentum methods. */
  beta: number;
  schedule: ScheduleName;
  /** d of the decaying schedules: the rate is multiplied by d (divided by 1 + d) over `every` steps. */
  decay: number;
  /** Steps over which a schedule decays by d. */
  every: number;
  /** One number for a function of one variable, two for a function of x and y. */
  start: readonly number[];
  steps: number;
  stop: (typeof stopRules)[number]['value'];
  tol: number;
  /** A second optimizer run from the same start, or `none`. */
  compare: Method | 'none';
  /** The second optimizer's learning rate. */
  lr2: number;
  /** The window drawn: x from, to; and y from, to (for a function of two variables). */
  xrange: readonly number[];
  yrange: readonly number[];
}

/** The playground: descent on the reader's own function. Its defaults are its first preset. */
export interface PlaygroundExample extends ExampleBase {
  widget: 'playground';
  defaults: PlaygroundParams;
}

export const maxSteps = 100_000;
/** Rows of the iterate table before the last one. */
export const tableHead = 20;
/** Points kept per path for drawing; a run this short keeps every iterate. */
export const pathCap = 401;

export function playgroundParams(): ParamSpec[] {
  const range = (name: string, label: string): ParamSpec => ({ kind: 'list', name, label, length: 2, min: -1e6, max: 1e6 });
  return [
    { kind: 'text', name: 'f', label: 'Function', maxLength: 200 },
    { kind: 'choice', name: 'method', label: 'Optimizer', choices: methods },
    { kind: 'number', name: 'lr', label: 'Learning rate η', min: 0, aboveMin: true, max: 100, step: 0.01 },
    { kind: 'number', name: 'beta', label: 'Momentum β', min: 0, max: 0.999, step: 0.01 },
    { kind: 'choice', name: 'schedule', label: 'Schedule', choices: schedules },
    { kind: 'number', name: 'decay', label: 'Decay d', min: 0, max: 10, step: 0.01 },
    { kind: 'number', name: 'every', label: 'Every (steps)', min: 1, max: maxSteps, integer: true, step: 10 },
    { kind: 'list', name: 'start', label: 'Start', maxLength: 2, min: -1e6, max: 1e6 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps, integer: true, step: 100 },
    { kind: 'choice', name: 'stop', label: 'Stop when', choices: stopRules },
    { kind: 'number', name: 'tol', label: 'Tolerance', min: 0, aboveMin: true, max: 1, step: 0.0001 },
    { kind: 'choice', name: 'compare', label: 'Compare with', choices: [{ value: 'none', label: 'nothing' }, ...methods] },
    { kind: 'number', name: 'lr2', label: 'Its learning rate', min: 0, aboveMin: true, max: 100, step: 0.01 },
    range('xrange', 'x from, to'),
    range('yrange', 'y from, to'),
  ];
}

/** One row of an iterate table, in plain arrays. */
export interface Row {
  k: number;
  x: number[];
  f: number;
  gradient: number[];
  step: number[];
}

/** What one optimizer did, in plain data (the island receives the default run's at build time). */
export interface Lane {
  method: Method;
  label: string;
  /** Its learning rate, where it has one. */
  lr?: number;
  reason: Reason;
  /** How it ended, in words: "converged after 23 steps", "left the domain at step 3", "diverged at step 12". */
  status: string;
  /** The rest of a caption's sentence whose subject is "the iterates". */
  ending: string;
  iterations: number;
  x: number[];
  f: number;
  gradient: number[];
  /** The first {@link tableHead} + 1 iterates, and the last when it is not among them. */
  rows: Row[];
  skipped: number;
  /** Where the run met a point the function is not differentiable at, or left its domain, in a sentence. */
  note?: string;
}

export interface RunView {
  ok: true;
  f: string;
  variables: string[];
  lanes: Lane[];
}

/** A refused function or start, with the reason in one sentence (and where a syntax error is). */
export interface Refused {
  ok: false;
  message: string;
  position?: number;
}

/** A run for the page: the plain view, and the function itself and the drawn paths for the plot. */
export interface PlaygroundRun {
  view: RunView | Refused;
  /** f at a point, NaN where it is undefined: for drawing. */
  value?: (point: readonly number[]) => number;
  /** Each lane's path as drawn, thinned to about {@link pathCap} points. */
  paths: number[][][];
  xrange: readonly [number, number];
  yrange: readonly [number, number];
}

/** Quantity names: `x@3`, `df.y@3`, `f`; a second optimizer's under `b.`. */
export function quantityNames(variables: readonly string[]) {
  const partial = (v: string) => (variables.length === 1 ? 'df' : `df.${v}`);
  return { partial, prefix: (lane: number) => (lane === 0 ? '' : 'b.') };
}

export function playgroundQuantities(view: RunView | Refused): Quantities {
  const quantities: Quantities = {};
  if (!view.ok) return quantities;
  const { partial, prefix } = quantityNames(view.variables);
  view.lanes.forEach((lane, i) => {
    const p = prefix(i);
    for (const row of lane.rows) {
      view.variables.forEach((v, j) => {
        quantities[`${p}${v}@${row.k}`] = row.x[j]!;
        quantities[`${p}${partial(v)}@${row.k}`] = row.gradient[j]!;
      });
      quantities[`${p}f@${row.k}`] = row.f;
    }
    view.variables.forEach((v, j) => {
      quantities[`${p}${v}`] = lane.x[j]!;
      quantities[`${p}${partial(v)}`] = lane.gradient[j]!;
    });
    quantities[`${p}f`] = lane.f;
    quantities[`${p}iterations`] = lane.iterations;
    quantities[`${p}status`] = lane.reason;
  });
  return quantities;
}

function settingsText(lane: Lane, params: PlaygroundParams): string {
  if (lane.lr === undefined) return lane.label;
  const schedule = params.schedule === 'constant' ? '' : `, ${params.schedule === 'step' ? 'step' : params.schedule} decay`;
  const beta = lane.method === 'momentum' || lane.method === 'nesterov' ? `, β = ${formatNumber(params.beta)}` : '';
  return `${lane.label} at rate ${formatNumber(lane.lr)}${schedule}${beta}`;
}

export function describePlayground(params: PlaygroundParams, view: RunView | Refused): string {
  if (!view.ok) return view.message;
  const [first, second] = view.lanes;
  const start = `From ${point(view.variables, params.start)} on f = ${view.f}`;
  const one = `${settingsText(first!, params)}: the iterates ${first!.ending}`;
  const other = second ? `; ${settingsText(second, params)}: they ${second.ending}` : '';
  return `${start}, ${one}${other}.`;
}

/** Steps as a table's note counts them: "Steps 21 to 98 are not listed." */
export function skippedText(lane: Lane): string | undefined {
  if (lane.skipped === 0) return undefined;
  return `${count(lane.skipped, 'step')} between step ${tableHead} and step ${lane.iterations} are not listed.`;
}
