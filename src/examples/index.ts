import type { BatchSplitExample } from '../widgets/batchsplit/model.ts';
import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { MiniBatchExample } from '../widgets/minibatch/model.ts';
import type { ScaleExample } from '../widgets/scale/model.ts';
import { quarticExamples } from './quartic.ts';
import { sgdExamples } from './sgd.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example = Descent1DExample | MiniBatchExample | BatchSplitExample | ScaleExample;

export const examples: readonly Example[] = [...quarticExamples, ...sgdExamples];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
