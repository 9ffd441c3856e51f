import { count } from '../caption.ts';
import { formatNumber } from '../format.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import type { Function1D } from '../../problems/curves.ts';

/** Evenly spaced guesses from `lo` to `hi`, both included (as numpy's linspace). */
export type GridParams = {
  lo: number;
  hi: number;
  n: number;
};

/** The reader's own guesses, in the order tried. */
export type GuessParams = {
  guesses: readonly number[];
};

/** Minimising by trying values of x and keeping the one with the smallest f(x). */
export interface GridSearchExample extends ExampleBase {
  widget: 'grid-search';
  problem: Function1D;
  /** `{ lo, hi, n }` for a grid, `{ guesses }` for a list the reader types. */
  defaults: GridParams | GuessParams;
}

export interface Guess {
  x: number;
  f: number;
}

export interface GridSearchResult {
  guesses: Guess[];
  /** Index of the first guess with the smallest f(x). */
  best: number;
}

export const maxGuesses = 2000;
const reach = 100;

export function gridSearchParams(example: GridSearchExample): ParamSpec[] {
  if ('guesses' in example.defaults)
    return [{ kind: 'list', name: 'guesses', label: 'Guesses for x', min: -reach, max: reach, maxLength: 50 }];
  return [
    { kind: 'number', name: 'lo', label: 'From x', min: -reach, max: reach, step: 0.5 },
    { kind: 'number', name: 'hi', label: 'To x', min: -reach, max: reach, step: 0.5 },
    { kind: 'number', name: 'n', label: 'Number of guesses', min: 1, max: maxGuesses, integer: true, step: 1 },
  ];
}

/** A grid runs from its From to its To: the other way round is refused. */
export function checkGrid(params: GridParams | GuessParams): string | undefined {
  if ('lo' in params && params.lo > params.hi) return 'From x must not be above To x';
  return undefined;
}

/** `n` evenly spaced values from `lo` to `hi`, both included; `[lo]` when n is 1. */
export function linspace(lo: number, hi: number, n: number): number[] {
  if (n === 1) return [lo];
  const step = (hi - lo) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + i * step));
}

export function runGridSearch(example: GridSearchExample, params: GridParams | GuessParams): GridSearchResult {
  const xs = 'guesses' in params ? [...params.guesses] : linspace(params.lo, params.hi, params.n);
  const guesses = xs.map((x) => ({ x, f: example.problem.f(x) }));
  let best = 0;
  guesses.forEach((g, i) => {
    if (g.f < guesses[best]!.f) best = i;
  });
  return { guesses, best };
}

/** The rows a table lists: all of a short list; else the first few, the best with its neighbours, and the last. */
export function shownRows(count: number, best: number, head = 8): number[] {
  if (count <= 2 * head + 5) return Array.from({ length: count }, (_, i) => i);
  const keep = new Set<number>();
  for (let i = 0; i < head; i++) keep.add(i);
  for (let i = Math.max(0, best - 2); i <= Math.min(count - 1, best + 2); i++) keep.add(i);
  keep.add(count - 1);
  return [...keep].sort((a, b) => a - b);
}

/** The best guess (`best`, `f`), how many were tried (`count`), and every guess `x@i`, `f@i` (from 1). */
export function gridSearchQuantities(result: GridSearchResult): Quantities {
  const best = result.guesses[result.best]!;
  const quantities: Quantities = { best: best.x, f: best.f, count: result.guesses.length };
  result.guesses.forEach((g, i) => {
    quantities[`x@${i + 1}`] = g.x;
    quantities[`f@${i + 1}`] = g.f;
  });
  return quantities;
}

/** The caption: which guesses were tried and the best of them. */
export function describeGridSearch(params: GridParams | GuessParams, result: GridSearchResult): string {
  const best = result.guesses[result.best]!;
  const tried =
    'guesses' in params
      ? `Of ${count(result.guesses.length, 'guess', 'guesses')}`
      : `Of ${count(result.guesses.length, 'evenly spaced guess', 'evenly spaced guesses')} from x = ${formatNumber(params.lo)} to ${formatNumber(params.hi)}`;
  return `${tried}, the best is x = ${formatNumber(best.x)}, where f(x) = ${formatNumber(best.f)}.`;
}
