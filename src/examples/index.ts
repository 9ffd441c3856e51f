import type { Compare1DExample } from '../widgets/compare1d/model.ts';
import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { Minimize1DExample } from '../widgets/minimize1d/model.ts';
import type { WalkthroughExample } from '../widgets/walkthrough/model.ts';
import { oneVariableExamples } from './one-variable.ts';
import { quarticExamples } from './quartic.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example = Descent1DExample | WalkthroughExample | Compare1DExample | Minimize1DExample;

export const examples: readonly Example[] = [...quarticExamples, ...oneVariableExamples];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
