import type { BasinsExample } from '../widgets/basins/model.ts';
import type { ChordExample } from '../widgets/chord/model.ts';
import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { LandscapesExample } from '../widgets/landscapes/model.ts';
import { convexityBasinExamples, convexityChordExamples, convexityLandscapeExamples } from './convexity.ts';
import { quarticExamples } from './quartic.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example = Descent1DExample | ChordExample | BasinsExample | LandscapesExample;

export const examples: readonly Example[] = [...quarticExamples, ...convexityChordExamples, ...convexityBasinExamples, ...convexityLandscapeExamples];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
