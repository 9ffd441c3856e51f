import type { BasinsExample } from '../widgets/basins/model.ts';
import type { BatchSplitExample } from '../widgets/batchsplit/model.ts';
import type { ChordExample } from '../widgets/chord/model.ts';
import type { Compare1DExample } from '../widgets/compare1d/model.ts';
import type { DecompositionExample } from '../widgets/decomposition/model.ts';
import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { Descent2DExample } from '../widgets/descent2d/model.ts';
import type { GradientFieldExample } from '../widgets/gradient-field/model.ts';
import type { GridSearchExample } from '../widgets/grid-search/model.ts';
import type { ImplicitExample } from '../widgets/implicit/model.ts';
import type { LandscapesExample } from '../widgets/landscapes/model.ts';
import type { MiniBatchExample } from '../widgets/minibatch/model.ts';
import type { Minimize1DExample } from '../widgets/minimize1d/model.ts';
import type { PolynomialFitExample } from '../widgets/polyfit/model.ts';
import type { ScaleExample } from '../widgets/scale/model.ts';
import type { SlicesExample } from '../widgets/slices/model.ts';
import type { TangentExample } from '../widgets/tangent/model.ts';
import type { WalkthroughExample } from '../widgets/walkthrough/model.ts';
import { biasVarianceExamples } from './bias-variance.ts';
import { convexityBasinExamples, convexityChordExamples, convexityLandscapeExamples } from './convexity.ts';
import { derivativeExamples } from './derivatives.ts';
import { gradientExamples } from './gradients.ts';
import { oneVariableExamples } from './one-variable.ts';
import { partialExamples } from './partials.ts';
import { quarticExamples } from './quartic.ts';
import { severalVariablesExamples } from './several-variables.ts';
import { sgdExamples } from './sgd.ts';

/** Every worked example in the book. Each entry gets its Vitest and Playwright checks from its `documented` list. */
export type Example =
  | Descent1DExample
  | WalkthroughExample
  | Compare1DExample
  | Minimize1DExample
  | Descent2DExample
  | GridSearchExample
  | TangentExample
  | SlicesExample
  | GradientFieldExample
  | MiniBatchExample
  | BatchSplitExample
  | ScaleExample
  | ChordExample
  | BasinsExample
  | LandscapesExample
  | DecompositionExample
  | PolynomialFitExample
  | ImplicitExample;

export const examples: readonly Example[] = [
  ...quarticExamples,
  ...oneVariableExamples,
  ...severalVariablesExamples,
  ...derivativeExamples,
  ...partialExamples,
  ...gradientExamples,
  ...sgdExamples,
  ...convexityChordExamples,
  ...convexityBasinExamples,
  ...convexityLandscapeExamples,
  ...biasVarianceExamples,
];

export function getExample(id: string): Example {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`No worked example has the id "${id}".`);
  return example;
}
