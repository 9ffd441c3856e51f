import { formatNumber } from '../format.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import type { Function1D, TangentProblem } from '../../problems/curves.ts';

export interface TangentParams extends Record<string, number> {
  x: number;
}

/** f with its tangent line at a point the reader moves, and f′ underneath with its zero crossings. */
export interface TangentExample extends ExampleBase {
  widget: 'tangent';
  problem: TangentProblem;
  defaults: TangentParams;
  /** Points listed with their slopes for comparison, such as the source's own. */
  compare?: readonly number[];
  /** The slider's and arrow keys' increment; default 0.1. */
  step?: number;
}

/** Which way to move x to make f smaller: against the slope. */
export type Direction = 'right' | 'left' | 'stay';

export const directionText: Record<Direction, string> = { right: 'go right', left: 'go left', stay: 'stay: flat here' };

export interface SlopeAt {
  x: number;
  f: number;
  slope: number;
  direction: Direction;
}

/** A point where f′ changes sign: a minimum where it goes from − to +, a maximum where it goes from + to −. */
export interface CriticalPoint {
  x: number;
  f: number;
  kind: 'minimum' | 'maximum';
}

export interface TangentResult {
  at: SlopeAt;
  compare: SlopeAt[];
  critical: CriticalPoint[];
}

export function tangentParams(example: TangentExample): ParamSpec[] {
  const [lo, hi] = example.problem.domain;
  return [{ kind: 'number', name: 'x', label: 'x', min: lo, max: hi, step: example.step ?? 0.1, slider: true }];
}

export function slopeAt(fn: Function1D, x: number): SlopeAt {
  const slope = fn.df(x);
  return { x, f: fn.f(x), slope, direction: slope < 0 ? 'right' : slope > 0 ? 'left' : 'stay' };
}

/** Narrows a sign change of g on [a, b] down to the last representable number. */
function bisect(g: (x: number) => number, a: number, b: number): number {
  const leftNegative = g(a) < 0;
  for (let i = 0; i < 200; i++) {
    const m = (a + b) / 2;
    if (m <= a || m >= b) break;
    if (g(m) < 0 === leftNegative) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

/**
 * The zero crossings of f′ on f's domain: f′ is sampled on a fine grid and each sign change is
 * narrowed by bisection. A zero where f′ touches 0 without changing sign is not a minimum or a
 * maximum, and is not reported.
 */
export function criticalPoints(fn: Function1D, samples = 1000): CriticalPoint[] {
  const [lo, hi] = fn.domain;
  const found: CriticalPoint[] = [];
  let a = lo;
  let negative = fn.df(a) < 0;
  for (let i = 1; i <= samples; i++) {
    const b = lo + ((hi - lo) * i) / samples;
    const next = fn.df(b) < 0;
    if (next !== negative) {
      const x = bisect(fn.df, a, b);
      found.push({ x, f: fn.f(x), kind: negative ? 'minimum' : 'maximum' });
    }
    a = b;
    negative = next;
  }
  return found;
}

export function runTangent(example: TangentExample, params: TangentParams): TangentResult {
  const fn = example.problem;
  return {
    at: slopeAt(fn, params.x),
    compare: (example.compare ?? []).map((x) => slopeAt(fn, x)),
    critical: criticalPoints(fn),
  };
}

/** The point (`f`, `slope`, `direction`), each comparison row `…@i`, and each critical point `critical@i`. */
export function tangentQuantities(result: TangentResult): Quantities {
  const { at } = result;
  const quantities: Quantities = { f: at.f, slope: at.slope, direction: at.direction };
  result.compare.forEach((row, i) => {
    quantities[`x@${i + 1}`] = row.x;
    quantities[`f@${i + 1}`] = row.f;
    quantities[`slope@${i + 1}`] = row.slope;
    quantities[`direction@${i + 1}`] = row.direction;
  });
  result.critical.forEach((point, i) => {
    quantities[`critical@${i + 1}`] = point.x;
    quantities[`critical-f@${i + 1}`] = point.f;
    quantities[`critical-kind@${i + 1}`] = point.kind;
  });
  return quantities;
}

/** The caption: the point, the slope of the tangent there, and which way f goes down. */
export function describeTangent({ at }: TangentResult): string {
  const way = at.direction === 'stay' ? 'the tangent is flat' : `f goes down to the ${at.direction}`;
  return `At x = ${formatNumber(at.x)}, f(x) = ${formatNumber(at.f)} and the tangent's slope is ${formatNumber(at.slope)}: ${way}.`;
}
