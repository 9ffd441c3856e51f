import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { Descent2DExample } from '../widgets/descent2d/model.ts';
import { quarticExamples } from './quartic.ts';
import { severalVariablesExamples } from './several-variables.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example = Descent1DExample | Descent2DExample;

export const examples: readonly Example[] = [...quarticExamples, ...severalVariablesExamples];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
