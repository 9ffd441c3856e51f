import { checkAnswer, type Verdict } from './check.ts';
import { getExercise } from './index.ts';

/** Judges a reader's answer to exercise `id`. Loaded only when a reader opens an exercise: it carries the parser. */
export function judge(id: string, raw: string): Verdict {
  return checkAnswer(getExercise(id), raw);
}
