import type { Objective } from '@descent/optimizer';
import { compileGradient, type Fault, type GradientProgram } from './gradient.ts';
import { constants, functionNames, readFormula, type Formula } from './read.ts';

// The reader's own function, for the playground: a formula in x, or in x and y, read by the book's
// one formula reader and compiled once for values and exact gradients (forward-mode AD).

/** The variables a function of the playground may use, in this order. */
export const playgroundVariables = ['x', 'y'] as const;

/** A function typed by the reader, ready to evaluate with its gradient. */
export interface ReaderFunction {
  /** The text as typed. */
  text: string;
  /** The variables it uses, in the order x, y: `['x']`, `['y']` or `['x', 'y']`. */
  variables: readonly string[];
  formula: Formula;
  /** Values and exact gradients, one pass each, allocating nothing per call. */
  program: GradientProgram;
}

export type FunctionReading = { ok: true; fn: ReaderFunction } | { ok: false; message: string; position?: number };

/** The names in `text` that look like variables (single letters other than x and y), in order of appearance. */
function otherLetters(text: string): string[] {
  const names = new Set<string>();
  for (const [word] of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    if ((functionNames as readonly string[]).includes(word) || Object.hasOwn(constants, word)) continue;
    if (word.length === 1 && !(playgroundVariables as readonly string[]).includes(word)) names.add(word);
  }
  return [...names];
}

/**
 * Reads the reader's function of x, or of x and y, or says in one sentence why it cannot (with the
 * position, an index into `text`, of a syntax error or an unknown name). Refused: text that does not
 * parse, unknown variables or functions, more than two variables, a constant, anything but numbers,
 * x, y, pi, e, + − * / ^, brackets and sqrt exp log ln log10 sin cos tan abs, and formulas beyond the
 * limits of {@link readFormula} (length, nodes, nesting, literal exponents). Never evaluates the text.
 */
export function readFunction(text: string): FunctionReading {
  const read = readFormula(text, { variables: playgroundVariables, subject: 'function' });
  if (!read.ok) {
    const others = otherLetters(text);
    const found = [...playgroundVariables.filter((v) => new RegExp(`(^|[^A-Za-z])${v}(?![A-Za-z])`).test(text)), ...others];
    if (others.length > 0 && found.length > 2)
      return {
        ok: false,
        message: `The playground takes functions of one or two variables, x and y; this one has ${found.length}: ${found.join(', ')}.`,
        ...(read.position === undefined ? {} : { position: read.position }),
      };
    return read;
  }
  const { formula } = read;
  if (formula.used.length === 0) return { ok: false, message: 'That is a constant: type a function of x, or of x and y, to descend on.' };
  return { ok: true, fn: { text, variables: formula.used, formula, program: compileGradient(formula.tree, formula.used) } };
}

/** The value and gradient at one point, for display: allocates, so not for the optimizer's loop. */
export type PointReading =
  | { ok: true; f: number; gradient: number[] }
  | { ok: false; f: number; gradient: number[]; fault: Fault };

export function evaluateAt(fn: ReaderFunction, point: readonly number[]): PointReading {
  const gradient = new Float64Array(fn.variables.length);
  const f = fn.program.evaluate(point, gradient);
  const fault = fn.program.fault();
  return fault ? { ok: false, f, gradient: [...gradient], fault } : { ok: true, f, gradient: [...gradient] };
}

/** The first evaluation of a run that was not `ok`: its number (from 0), the point, and what went wrong. */
export interface RunFault {
  evaluation: number;
  point: number[];
  fault: Fault;
}

/** The reader's function as an objective of `@descent/optimizer`, recording the first evaluation that went wrong. */
export interface FunctionObjective {
  /** f and ∇f over arrays of the function's dimension (1 or 2); NaN outside the domain, which ends a run as diverged. */
  objective: Objective;
  dimension: number;
  /** Evaluations since the last `reset`. */
  readonly evaluations: number;
  /** The first evaluation since the last `reset` that was not `ok`, if any. */
  readonly firstFault: RunFault | undefined;
  /** Forget the evaluations and the fault: call before each run. */
  reset(): void;
}

/**
 * Wraps `fn` for every optimizer of `@descent/optimizer` (gradientDescent with any transformation,
 * minimize): the objective writes the exact gradient and allocates nothing except when it records
 * the run's first fault. A run that leaves the domain gets NaN, so it ends as `diverged` at that
 * step, and `firstFault` says why ("left the domain at step k").
 */
export function objectiveOf(fn: ReaderFunction): FunctionObjective {
  const { program } = fn;
  let evaluations = 0;
  let firstFault: RunFault | undefined;
  const objective: Objective = (x, gradient) => {
    const f = program.evaluate(x, gradient);
    if (program.status !== 'ok' && firstFault === undefined) firstFault = { evaluation: evaluations, point: [...x], fault: program.fault()! };
    evaluations++;
    return f;
  };
  return {
    objective,
    dimension: fn.variables.length,
    get evaluations() {
      return evaluations;
    },
    get firstFault() {
      return firstFault;
    },
    reset() {
      evaluations = 0;
      firstFault = undefined;
    },
  };
}

/** f and ∇f of a function of two variables, in the shape of the book's surfaces (`Surface2D`). */
export function surfaceOf(fn: ReaderFunction): { f: (x: number, y: number) => number; grad: (x: number, y: number) => readonly [number, number] } {
  if (fn.variables.length !== 2) throw new RangeError(`surfaceOf: a function of two variables, not ${fn.variables.length}`);
  const point = new Float64Array(2);
  const gradient = new Float64Array(2);
  return {
    f: (x, y) => ((point[0] = x), (point[1] = y), fn.program.evaluate(point, gradient)),
    grad: (x, y) => ((point[0] = x), (point[1] = y), fn.program.evaluate(point, gradient), [gradient[0]!, gradient[1]!] as const),
  };
}
