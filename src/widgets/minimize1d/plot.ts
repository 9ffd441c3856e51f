import type { Result } from '@descent/optimizer';
import { accessiblePlot } from '../../plots/accessible.ts';
import { describeRun, drawPathOnCurve } from '../descent1d/plot.ts';
import type { Minimize1DExample } from './model.ts';

/** f over its domain with the minimiser's iterates on the curve. */
export function drawMinimize1D(example: Minimize1DExample, result: Result, document: Document): Element {
  const [lo, hi] = example.problem.domain;
  return accessiblePlot(
    drawPathOnCurve(example.problem, result, document),
    `Plot of ${example.title}: the curve of f from ${lo} to ${hi}; ${describeRun(example.problem, result)}. The iterates are listed in the table below.`,
  );
}
