import type { Chapter } from '../chapters.ts';

/**
 * Text with TeX math: `$…$` inline, `$$…$$` on a line of its own, `**…**` bold.
 * A blank line starts a new paragraph.
 */
export type MathText = string;

/** A number, accepted within `tolerance`. Readers may type arithmetic such as `7/3`. */
export interface NumberAnswer {
  kind: 'number';
  value: number;
  tolerance: number;
}

/** Numbers in order, such as a gradient or a point, typed as `4, 6` or `(4, 6)`. */
export interface VectorAnswer {
  kind: 'vector';
  value: readonly number[];
  tolerance: number;
  /** What the components are, in order, e.g. `['m', 'b']`; shown to the reader. */
  names: readonly string[];
}

/** A formula, judged equal to `value` when the two agree at seeded random points. */
export interface ExpressionAnswer {
  kind: 'expression';
  /** The reference, in the syntax readers type: `6*x*y^3`, `e^x - 1/x`. */
  value: string;
  variables: readonly string[];
  /** Where the random points are drawn, for every variable; (0.5, 2.5) unless given. */
  sample?: readonly [number, number];
}

export interface ChoiceAnswer {
  kind: 'choice';
  choices: readonly { value: string; label: MathText }[];
  value: string;
}

export type Answer = NumberAnswer | VectorAnswer | ExpressionAnswer | ChoiceAnswer;

/** A wrong answer a reader is likely to give, and what they are told when they give it. */
export interface Mistake {
  /** As a reader would type it (or the value of a choice). */
  answer: string;
  feedback: string;
}

/** One end-of-chapter exercise. Its Vitest checks come from `answer`, `accepts` and `mistakes`. */
export interface Exercise {
  /** Stable: readers link to `#id`, and progress is stored under it. */
  id: string;
  chapter: Chapter;
  /** In a chapter of several pages, the slug of the page it ends, after the first (as for examples). */
  page?: string;
  title: string;
  question: MathText;
  /** The answer field's label, plain text: `∂f/∂x =`. */
  label: string;
  answer: Answer;
  /** Other ways of writing the right answer; each must be accepted. */
  accepts?: string[];
  /** Hints, gentlest first. */
  hints: MathText[];
  solution: MathText;
  mistakes: Mistake[];
}
