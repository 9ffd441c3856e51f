import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { GradientFieldExample } from '../widgets/gradient-field/model.ts';
import type { GridSearchExample } from '../widgets/grid-search/model.ts';
import type { SlicesExample } from '../widgets/slices/model.ts';
import type { TangentExample } from '../widgets/tangent/model.ts';
import { derivativeExamples } from './derivatives.ts';
import { gradientExamples } from './gradients.ts';
import { partialExamples } from './partials.ts';
import { quarticExamples } from './quartic.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example = Descent1DExample | GridSearchExample | TangentExample | SlicesExample | GradientFieldExample;

export const examples: readonly Example[] = [...quarticExamples, ...derivativeExamples, ...partialExamples, ...gradientExamples];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
