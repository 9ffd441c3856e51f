import type { DecompositionExample } from '../widgets/decomposition/model.ts';
import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { ImplicitExample } from '../widgets/implicit/model.ts';
import type { PolynomialFitExample } from '../widgets/polyfit/model.ts';
import { biasVarianceExamples } from './bias-variance.ts';
import { quarticExamples } from './quartic.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example = Descent1DExample | DecompositionExample | PolynomialFitExample | ImplicitExample;

export const examples: readonly Example[] = [...quarticExamples, ...biasVarianceExamples];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
