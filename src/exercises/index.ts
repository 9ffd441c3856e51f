import type { Chapter } from '../chapters.ts';
import { biasVarianceDoubleDescentExercises } from './bias-variance-double-descent.ts';
import { convexityExercises } from './convexity.ts';
import { derivativesExercises } from './derivatives.ts';
import { fasterDescentExercises } from './faster-descent.ts';
import { gradientDescentOneVariableExercises } from './gradient-descent-one-variable.ts';
import { gradientDescentSeveralVariablesExercises } from './gradient-descent-several-variables.ts';
import { gradientsExercises } from './gradients.ts';
import { partialDerivativesExercises } from './partial-derivatives.ts';
import { stochasticGradientDescentExercises } from './stochastic-gradient-descent.ts';
import type { Exercise } from './types.ts';

/** Every end-of-chapter exercise, in reading order. Each gets its Vitest checks from its definition. */
export const exercises: readonly Exercise[] = [
  ...derivativesExercises,
  ...partialDerivativesExercises,
  ...gradientsExercises,
  ...gradientDescentOneVariableExercises,
  ...gradientDescentSeveralVariablesExercises,
  ...stochasticGradientDescentExercises,
  ...fasterDescentExercises,
  ...convexityExercises,
  ...biasVarianceDoubleDescentExercises,
];

export function getExercise(id: string): Exercise {
  const exercise = exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`No exercise has the id "${id}".`);
  return exercise;
}

export function chapterExercises(chapter: Chapter | string): Exercise[] {
  return exercises.filter((e) => e.chapter === chapter);
}

/** The exercises at the end of one page of a chapter: its part `part` (1 for a chapter of one page). */
export function partExercises(chapter: Chapter, part: number): Exercise[] {
  return chapterExercises(chapter).filter((e) => (e.part ?? 1) === part);
}
