import {
  exponentialDecay,
  gradientDescent,
  inverseTimeDecay,
  minimize,
  stepDecay,
  type LearningRate,
  type Result,
  type StopRules,
  type TrajectoryPoint,
} from '@descent/optimizer';
import { evaluateAt, objectiveOf, readFunction, type ReaderFunction } from '../../formula/function.ts';
import { point, runEnding } from '../caption.ts';
import { statusText } from '../status.ts';
import { stepRule } from '../step-rule.ts';
import { methods, pathCap, tableHead, type Lane, type Method, type PlaygroundParams, type PlaygroundRun, type Refused, type Row } from './model.ts';

// The playground's run: loaded with the formula reader, on the first edit (see tools.ts).

/** f at a point, NaN where it is undefined: for drawing. */
export function valueOf(fn: ReaderFunction): (point: readonly number[]) => number {
  const gradient = new Float64Array(fn.variables.length);
  return (point) => fn.program.evaluate(point, gradient);
}

function rate(params: PlaygroundParams, lr: number): LearningRate {
  switch (params.schedule) {
    case 'constant':
      return lr;
    case 'exponential':
      return exponentialDecay(lr, params.decay, params.every);
    case 'inverse':
      return inverseTimeDecay(lr, params.decay, params.every);
    case 'step':
      return stepDecay(lr, params.decay, params.every);
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
export function refusal(params: PlaygroundParams): Refused | undefined {
  const reading = readFunction(params.f);
  if (!reading.ok) return reading;
  const { variables } = reading.fn;
  if (params.start.length !== variables.length) {
    const wanted = variables.length === 1 ? `one number, ${variables[0]}` : `two numbers, (${variables.join(', ')})`;
    return { ok: false, message: `The start must be ${wanted}, for a function of ${variables.join(' and ')}.` };
  }
  const at = evaluateAt(reading.fn, params.start);
  if (!at.ok && at.fault.status !== 'nondifferentiable')
    return { ok: false, message: `The function is not defined at the start ${point(variables, params.start)}: ${at.fault.reason}.` };
  return undefined;
}

/** Runs one optimizer from the start, with the run's settings and its own rate. */
function runLane(params: PlaygroundParams, fn: ReaderFunction, method: Method, lr: number) {
  const target = objectiveOf(fn);
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
export function runPlayground(params: PlaygroundParams): PlaygroundRun {
  const frame = { xrange: [params.xrange[0]!, params.xrange[1]!] as const, yrange: [params.yrange[0]!, params.yrange[1]!] as const };
  const refused = refusal(params);
  if (refused) return { view: refused, paths: [], ...frame };
  const reading = readFunction(params.f);
  if (!reading.ok) throw new Error('unreachable: the function was read above');
  const { fn } = reading;
  let runs: ReturnType<typeof runLane>[];
  try {
    runs = [runLane(params, fn, params.method, params.lr)];
    if (params.compare !== 'none') runs.push(runLane(params, fn, params.compare, params.lr2));
  } catch (error) {
    // The optimizer refuses settings it cannot run with, in a sentence; the settings' checks should have caught them first.
    if (error instanceof RangeError) return { view: { ok: false, message: error.message }, paths: [], ...frame };
    throw error;
  }
  return {
    view: { ok: true, f: params.f, variables: [...fn.variables], lanes: runs.map((r) => r.lane) },
    value: valueOf(fn),
    paths: runs.map((r) => r.path),
    ...frame,
  };
}

