import type { Result } from '@descent/optimizer';

/** The reader's sentence for why a run ended; a divergence names its step and never shows NaN. */
export function statusText(result: Result): string {
  const steps = `${result.iterations} step${result.iterations === 1 ? '' : 's'}`;
  switch (result.reason) {
    case 'converged':
      return `converged after ${steps}`;
    case 'stopped':
      return `stopped by the ${result.rule === 'minStepSize' ? 'step-size' : 'loss-change'} rule after ${steps}`;
    case 'max-steps':
      return `ran out of steps (${steps})`;
    case 'diverged':
      return `diverged at step ${result.divergedAt ?? result.iterations}`;
  }
}
