import { formatNumber } from '../format.ts';
import { gradientDescent, scalar } from '@descent/optimizer';
import { plateau, quartic, tipsMse } from '../../problems/functions.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import type { Function1D } from '../../problems/curves.ts';

/**
 * Where gradient descent from x0 settles on fn: a minimum, or a maximum when it climbs instead
 * (descent on −f). The book finds its landmarks this way rather than typing them in.
 */
export function settle(fn: Function1D, x0: number, toward: 'minimum' | 'maximum' = 'minimum'): number {
  const sign = toward === 'minimum' ? 1 : -1;
  const objective = scalar(
    (x) => sign * fn.f(x),
    (x) => sign * fn.df(x),
  );
  const result = gradientDescent(objective, [x0], { learningRate: 0.1, stop: { gradientNorm: 1e-12, maxSteps: 10_000 } });
  if (result.reason !== 'converged') throw new Error(`Descent from ${x0} found no ${toward}: ${result.message}`);
  return result.x[0]!;
}

const quarticMinima = [settle(quartic, 2), settle(quartic, 5)] as const;
const quarticHump = settle(quartic, 3.5, 'maximum');

/** The weight t that puts t·a + (1 − t)·b at x. */
function weightFor(a: number, b: number, x: number): number {
  return (b - x) / (b - a);
}

interface ChordFunction {
  label: string;
  problem: Function1D;
  /** Arrow-key increment for a and b, suited to the function's scale. */
  step: number;
  /** The chord shown when the reader picks this function. */
  chord: { a: number; b: number; t: number };
}

/** The functions the chord explorer offers, by the `fn` value in the URL. */
export const chordFunctions = {
  quartic: {
    label: 'the quartic',
    problem: quartic,
    step: 0.1,
    // From one minimum to the other, with t picking out the hump between them.
    chord: { a: quarticMinima[0], b: quarticMinima[1], t: weightFor(...quarticMinima, quarticHump) },
  },
  'tips-mse': {
    label: 'MSE of tip = θ · bill (tips data)',
    problem: tipsMse,
    step: 0.01,
    chord: { a: 0.1, b: 0.2, t: 0.5 },
  },
  plateau: {
    label: 'the plateau 1 − e^(−x²/2)',
    problem: plateau,
    step: 0.1,
    chord: { a: 0.5, b: 3, t: 0.5 },
  },
} satisfies Record<string, ChordFunction>;

export type ChordFunctionName = keyof typeof chordFunctions;

export interface ChordParams extends Record<string, number | string> {
  fn: ChordFunctionName;
  a: number;
  b: number;
  t: number;
}

/** The convexity inequality at one chord: f(t·a + (1 − t)·b) ≤ t·f(a) + (1 − t)·f(b)? */
export interface ChordExample extends ExampleBase {
  widget: 'chord';
  defaults: ChordParams;
}

/** a and b may lie anywhere in this interval for every function (all of them are defined on the whole line). */
export const reach = 10;
/** The chord is also checked at this many evenly spaced points from a to b. */
export const samples = 201;

export function chordParams(fn: ChordFunctionName): ParamSpec[] {
  const { step } = chordFunctions[fn];
  return [
    {
      kind: 'choice',
      name: 'fn',
      label: 'Function',
      choices: Object.entries(chordFunctions).map(([value, c]) => ({ value, label: c.label })),
    },
    { kind: 'number', name: 'a', label: 'End a', min: -reach, max: reach, step },
    { kind: 'number', name: 'b', label: 'End b', min: -reach, max: reach, step },
    { kind: 'number', name: 't', label: 'Weight t', min: 0, max: 1, step: 0.05 },
  ];
}

export interface ChordPoint {
  t: number;
  x: number;
  /** The curve's value f(x). */
  curve: number;
  /** The chord's value t·f(a) + (1 − t)·f(b). */
  chord: number;
}

export interface Chord {
  problem: Function1D;
  a: number;
  b: number;
  fa: number;
  fb: number;
  /** The point the reader chose with t. */
  at: ChordPoint;
  holds: boolean;
  /** How many of the evenly spaced checks along the chord find the curve above it. */
  above: number;
  /** The evenly spaced checks from t = 1 (at a) to t = 0 (at b). */
  checks: ChordPoint[];
}

/** Rounding can put a chord of a straight piece a hair below the curve; that still counts as "on". */
function onOrAbove(chord: number, curve: number): boolean {
  return chord >= curve - 1e-12 * Math.max(1, Math.abs(chord), Math.abs(curve));
}

export function runChord(params: ChordParams): Chord {
  const problem = chordFunctions[params.fn].problem;
  const { a, b } = params;
  const fa = problem.f(a);
  const fb = problem.f(b);
  const point = (t: number): ChordPoint => {
    const x = t * a + (1 - t) * b;
    return { t, x, curve: problem.f(x), chord: t * fa + (1 - t) * fb };
  };
  const at = point(params.t);
  const checks = Array.from({ length: samples }, (_, i) => point(1 - i / (samples - 1)));
  return {
    problem,
    a,
    b,
    fa,
    fb,
    at,
    holds: onOrAbove(at.chord, at.curve),
    above: checks.filter((c) => !onOrAbove(c.chord, c.curve)).length,
    checks,
  };
}

/** Every number the explorer shows, at full precision. */
export function chordQuantities(chord: Chord): Quantities {
  return {
    a: chord.a,
    b: chord.b,
    t: chord.at.t,
    fa: chord.fa,
    fb: chord.fb,
    x: chord.at.x,
    chord: chord.at.chord,
    curve: chord.at.curve,
    gap: chord.at.chord - chord.at.curve,
    verdict: chord.holds ? 'holds' : 'fails',
    above: chord.above,
  };
}

/** The caption: the function chosen, the chord, and whether the inequality holds at t and along the chord. */
export function describeChord(params: ChordParams, chord: Chord): string {
  const n = (v: number) => formatNumber(v, 4);
  const { at } = chord;
  const along = chord.above === 0 ? 'nowhere rises above the chord' : `rises above the chord at ${chord.above} of ${samples} points along it`;
  return `On ${chordFunctions[params.fn].label}, from a = ${n(chord.a)} to b = ${n(chord.b)}: at t = ${n(at.t)} (x = ${n(at.x)}) the chord is at ${n(at.chord)} and the curve at ${n(at.curve)}, so the inequality ${chord.holds ? 'holds' : 'fails'}; the curve ${along}.`;
}
