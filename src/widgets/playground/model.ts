import {
  adagrad,
  adam,
  exponentialDecay,
  gradientDescent,
  inverseTimeDecay,
  minimize,
  momentum,
  nesterov,
  rmsprop,
  stepDecay,
  type GradientTransformation,
  type LearningRate,
  type Reason,
  type Result,
  type StopRules,
  type TrajectoryPoint,
} from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../../problems/types.ts';
import { count, point, runEnding } from '../caption.ts';
import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import type { FormulaTools } from './tools.ts';

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
  { value: 'exponential', label: 'exponential decay: η·dᵗ' },
  { value: 'inverse', label: 'inverse time: η / (1 + d·t)' },
  { value: 'step', label: 'step decay: η·d^⌊t / every⌋' },
] as const;
type ScheduleName = (typeof schedules)[number]['value'];

const stopRules = [
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
  /** d of the decaying schedules. */
  decay: number;
  /** Steps between drops of step decay. */
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
const pathCap = 401;

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

/** The settings each optimizer reads, besides start, steps and stop rule: the island shows only these. */
export function settingsOf(method: Method | 'none', schedule: ScheduleName): string[] {
  if (method === 'none') return [];
  if (method === 'bfgs') return [];
  const rate = schedule === 'constant' ? ['lr', 'schedule'] : schedule === 'step' ? ['lr', 'schedule', 'decay', 'every'] : ['lr', 'schedule', 'decay'];
  return method === 'momentum' || method === 'nesterov' ? [...rate, 'beta'] : rate;
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

function rate(params: PlaygroundParams, lr: number): LearningRate {
  switch (params.schedule) {
    case 'constant':
      return lr;
    case 'exponential':
      return exponentialDecay(lr, params.decay);
    case 'inverse':
      return inverseTimeDecay(lr, params.decay);
    case 'step':
      return stepDecay(lr, params.decay, params.every);
  }
}

function stepRule(method: Exclude<Method, 'bfgs'>, lr: LearningRate, beta: number): { learningRate: LearningRate } | { optimizer: GradientTransformation<unknown> } {
  switch (method) {
    case 'gd':
      return { learningRate: lr };
    case 'momentum':
      return { optimizer: momentum(lr, beta) };
    case 'nesterov':
      return { optimizer: nesterov(lr, beta) };
    case 'adagrad':
      return { optimizer: adagrad(lr) };
    case 'rmsprop':
      return { optimizer: rmsprop(lr) };
    case 'adam':
      return { optimizer: adam(lr) };
  }
}

function stopOf(params: PlaygroundParams): StopRules {
  const rule = { gradient: 'gradientNorm', step: 'minStepSize', change: 'relativeChange' } as const;
  return { maxSteps: params.steps, [rule[params.stop]]: params.tol };
}

const asRow = (p: TrajectoryPoint): Row => ({ k: p.k, x: p.x, f: p.f, gradient: p.gradient, step: p.step });

/**
 * Why the function or the start is refused, or nothing: the reading of the text, the number of
 * coordinates of the start, and f being defined there. Shared by the kind's check and the run.
 */
export function refusal(params: PlaygroundParams, tools: FormulaTools): Refused | undefined {
  const reading = tools.readFunction(params.f);
  if (!reading.ok) return reading;
  const { variables } = reading.fn;
  if (params.start.length !== variables.length) {
    const wanted = variables.length === 1 ? `one number, ${variables[0]}` : `two numbers, (${variables.join(', ')})`;
    return { ok: false, message: `The start must be ${wanted}, for a function of ${variables.join(' and ')}.` };
  }
  const at = tools.evaluateAt(reading.fn, params.start);
  if (!at.ok && at.fault.status !== 'nondifferentiable')
    return { ok: false, message: `The function is not defined at the start ${point(variables, params.start)}: ${at.fault.reason}.` };
  return undefined;
}

/** Runs one optimizer from the start, with the run's settings and its own rate. */
function runLane(params: PlaygroundParams, tools: FormulaTools, fn: Parameters<FormulaTools['objectiveOf']>[0], method: Method, lr: number) {
  const target = tools.objectiveOf(fn);
  const descend = (stop: StopRules, cap: number): Result =>
    method === 'bfgs'
      ? minimize(target.objective, params.start, { stop, trajectory: { cap } })
      : gradientDescent(target.objective, params.start, { ...stepRule(method, rate(params, lr), params.beta), stop, trajectory: { cap } });
  target.reset();
  const result = descend(stopOf(params), pathCap);
  const fault = target.firstFault;
  const path = result.trajectory!;
  // A run longer than the path keeps is thinned; its first rows come from the same run cut short.
  const head = result.iterations < pathCap ? path : descend({ ...stopOf(params), maxSteps: tableHead }, tableHead + 1).trajectory!;
  const rows = head.slice(0, tableHead + 1).map(asRow);
  const last = asRow(path.at(-1)!);
  if (last.k > rows.at(-1)!.k) rows.push(last);
  const variables = fn.variables;
  const where = (p: readonly number[]) => point(variables, p.map((v) => Number(v.toPrecision(6))));
  let status = statusText(result);
  let ending = runEnding(result, variables);
  let note: string | undefined;
  if (fault?.fault.status === 'outside the domain' && result.reason === 'diverged') {
    const step = result.divergedAt ?? result.iterations;
    status = `left the domain at step ${step}`;
    ending = `leave the domain at step ${step}: at ${where(fault.point)}, ${fault.fault.reason}`;
  } else if (fault?.fault.status === 'nondifferentiable') {
    const at = method === 'bfgs' ? '' : ` at step ${fault.evaluation}`;
    note = `It met a point where the function is not differentiable${at}, ${where(fault.point)}: ${fault.fault.reason}. There the step used 0 for that derivative (a subgradient), so the gradient shown there is not a true one.`;
  }
  const label = methods.find((m) => m.value === method)!.label;
  return {
    lane: {
      method,
      label,
      ...(method === 'bfgs' ? {} : { lr }),
      reason: result.reason,
      status,
      ending,
      iterations: result.iterations,
      x: [...result.x],
      f: result.f,
      gradient: [...result.gradient],
      rows,
      skipped: Math.max(0, last.k - tableHead - 1),
      ...(note ? { note } : {}),
    } satisfies Lane,
    path: path.map((p) => p.x),
  };
}

/** The playground's run: the reader's function read, refused, or descended on by one or two optimizers. */
export function runPlayground(params: PlaygroundParams, tools: FormulaTools): PlaygroundRun {
  const frame = { xrange: [params.xrange[0]!, params.xrange[1]!] as const, yrange: [params.yrange[0]!, params.yrange[1]!] as const };
  const refused = refusal(params, tools);
  if (refused) return { view: refused, paths: [], ...frame };
  const reading = tools.readFunction(params.f);
  if (!reading.ok) throw new Error('unreachable: the function was read above');
  const { fn } = reading;
  const runs = [runLane(params, tools, fn, params.method, params.lr)];
  if (params.compare !== 'none') runs.push(runLane(params, tools, fn, params.compare, params.lr2));
  return {
    view: { ok: true, f: params.f, variables: [...fn.variables], lanes: runs.map((r) => r.lane) },
    value: tools.valueOf(fn),
    paths: runs.map((r) => r.path),
    ...frame,
  };
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
