import type { Example } from '../widgets/kinds.ts';
import { biasVarianceExamples } from './bias-variance.ts';
import { convexityBasinExamples, convexityChordExamples, convexityLandscapeExamples } from './convexity.ts';
import { derivativeExamples } from './derivatives.ts';
import { fasterDescentExamples } from './faster-descent.ts';
import { gradientExamples } from './gradients.ts';
import { oneVariableExamples } from './one-variable.ts';
import { partialExamples } from './partials.ts';
import { playgroundExamples } from './playground.ts';
import { quarticExamples } from './quartic.ts';
import { severalVariablesExamples } from './several-variables.ts';
import { sgdExamples } from './sgd.ts';

export type { Example };

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export const examples: readonly Example[] = [
  ...quarticExamples,
  ...oneVariableExamples,
  ...severalVariablesExamples,
  ...derivativeExamples,
  ...partialExamples,
  ...gradientExamples,
  ...sgdExamples,
  ...fasterDescentExamples,
  ...convexityChordExamples,
  ...convexityBasinExamples,
  ...convexityLandscapeExamples,
  ...biasVarianceExamples,
  ...playgroundExamples,
];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
