import type { Result } from '@descent/optimizer';
import { formatNumber } from './format.ts';

/** "1 step", "100 steps". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** A point as a caption writes it: "x = 4", or "(0.5, 0.6)" for several coordinates. */
export function point(names: readonly string[], x: ArrayLike<number>): string {
  if (names.length === 1) return `${names[0]} = ${formatNumber(x[0]!)}`;
  return `(${Array.from(x, (v) => formatNumber(v)).join(', ')})`;
}

/** The steps a run takes at the end, to tell a bounce from a creep: the last ten, first coordinate. */
function lastSteps(result: Result): { x: number[]; signs: number[] } {
  const tail = (result.trajectory ?? []).slice(1).slice(-10);
  return { x: tail.map((p) => p.x[0]!), signs: tail.map((p) => Math.sign(p.step[0]!)) };
}

/**
 * How a run of descent ended, as the rest of a sentence whose subject is "the iterates":
 * "converge to x = 5.326 after 23 steps", "bounce between 5.09 and 5.49 and run out of steps after
 * 100", "diverged at step 4". `names` are the coordinates' names (one name: a run on a curve, whose
 * last steps say whether it bounces).
 */
export function runEnding(result: Result, names: readonly string[]): string {
  const steps = count(result.iterations, 'step');
  const where = point(names, result.x);
  switch (result.reason) {
    case 'converged':
      return `converge to ${where} after ${steps}`;
    case 'stopped':
      return `stop at ${where} after ${steps}, by the ${result.rule === 'minStepSize' ? 'step-size' : 'loss-change'} rule`;
    case 'diverged':
      return `grow without bound: diverged at step ${result.divergedAt ?? result.iterations}`;
    case 'max-steps': {
      const { x, signs } = lastSteps(result);
      const turns = signs.slice(1).filter((s, i) => s !== 0 && s === -signs[i]!).length;
      const range = `between ${formatNumber(Math.min(...x))} and ${formatNumber(Math.max(...x))}`;
      if (names.length === 1 && signs.length > 2 && turns === signs.length - 1) return `bounce ${range} and run out of steps after ${result.iterations}`;
      if (names.length === 1 && turns > 1) return `jump about ${range} and run out of steps after ${result.iterations}`;
      return `are still moving at ${where} when they run out of steps after ${result.iterations}`;
    }
  }
}

/** Batches as a caption counts them, in order: "3 batches of 64 and one of 52". */
export function batchSizes(sizes: readonly number[]): string {
  const first = sizes[0] ?? 0;
  const same = sizes.filter((s) => s === first).length;
  const rest = sizes.slice(same);
  const head = `${count(same, 'batch', 'batches')} of ${first}`;
  return rest.length === 0 ? head : `${head} and ${rest.length === 1 ? 'one' : rest.length} of ${rest[0]}`;
}
