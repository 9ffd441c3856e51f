import { MathParseError } from '../../src/math/render.ts';
import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/chapters.ts';
import { examples } from '../../src/examples/index.ts';
import { checkAnswer } from '../../src/exercises/check.ts';
import { exercises, getExercise } from '../../src/exercises/index.ts';
import { plainText, renderMathText } from '../../src/exercises/render.ts';
import type { Answer } from '../../src/exercises/types.ts';

/** The reference answer as a reader would type it. */
function typed(answer: Answer): string {
  if (answer.kind === 'vector') return answer.value.join(', ');
  return String(answer.value);
}

describe('the exercises', () => {
  it('have unique, URL-safe ids that clash with no worked example, and real chapters', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of exercises) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(examples.map((x) => x.id)).not.toContain(e.id);
      expect(chapters.map((c) => c.slug)).toContain(e.chapter);
    }
  });

  it('give every chapter three to five exercises', () => {
    for (const c of chapters) expect(exercises.filter((e) => e.chapter === c.slug).length, c.slug).toSatisfy((n: number) => n >= 3 && n <= 5);
  });

  it('each have a hint, a solution, and at least one listed mistake', () => {
    for (const e of exercises) {
      expect(e.hints.length, e.id).toBeGreaterThan(0);
      expect(e.solution.length, e.id).toBeGreaterThan(20);
      expect(e.mistakes.length, e.id).toBeGreaterThan(0);
    }
  });

  it('render all their math with KaTeX', () => {
    for (const e of exercises) {
      const texts = [e.question, e.solution, ...e.hints, ...(e.answer.kind === 'choice' ? e.answer.choices.map((c) => c.label) : [])];
      for (const text of texts) expect(() => renderMathText(text), e.id).not.toThrow();
    }
    expect(() => renderMathText('$\\frac{1}{$')).toThrow(MathParseError);
  });

  it('give every choice a plain-text name without TeX', () => {
    for (const e of exercises)
      if (e.answer.kind === 'choice') for (const c of e.answer.choices) expect(plainText(c.label), e.id).toMatch(/^[^\\$_{}]+$/);
    expect(plainText('$\\text{bias}^2 + \\text{variance}$')).toBe('bias² + variance');
    expect(plainText('Pick $\\alpha = 0.3$')).toBe('Pick α = 0.3');
  });

  for (const exercise of exercises) {
    describe(exercise.id, () => {
      it('accepts its reference answer and every listed form of it', () => {
        for (const form of [typed(exercise.answer), ...(exercise.accepts ?? [])]) {
          const verdict = checkAnswer(exercise, form);
          expect(verdict, `“${form}”`).toEqual({ correct: true, feedback: 'Correct.' });
        }
      });

      it('rejects each listed mistake with its own feedback', () => {
        for (const mistake of exercise.mistakes) {
          expect(checkAnswer(exercise, mistake.answer), `“${mistake.answer}”`).toEqual({ correct: false, feedback: mistake.feedback });
        }
      });
    });
  }
});

describe('checkAnswer, for mistakes nobody listed', () => {
  it('reads numbers typed as arithmetic, and refuses text that is no number', () => {
    const e = getExercise('exercise-one-step');
    expect(checkAnswer(e, '4 + 0.12').correct).toBe(true);
    expect(checkAnswer(e, '  4.12  ').correct).toBe(true);
    expect(checkAnswer(e, '').feedback).toBe('Type an answer first.');
    expect(checkAnswer(e, 'x').feedback).toMatch(/number/);
    expect(checkAnswer(e, '1/0').feedback).toBe('That is not a finite number.');
    expect(checkAnswer(e, '4.12)').correct).toBe(false);
  });

  it('recognises a sign error, a factor of 2 and a near miss in a number', () => {
    const e = getExercise('exercise-quartic-slope');
    expect(checkAnswer(e, '0.4').feedback).toMatch(/sign/);
    expect(checkAnswer(e, '-0.8').feedback).toMatch(/twice/);
    expect(checkAnswer(e, '-0.2').feedback).toMatch(/half/);
    expect(checkAnswer(e, '-0.40001').feedback).toMatch(/Close/);
    expect(checkAnswer(e, '7').feedback).toMatch(/hints/);
  });

  it('recognises swapped components, a sign error and one wrong component in a vector', () => {
    const e = getExercise('exercise-gradient-at-point');
    expect(checkAnswer(e, '6, 4').feedback).toMatch(/wrong order/);
    expect(checkAnswer(e, '(-4, -6)').feedback).toMatch(/signs/);
    expect(checkAnswer(e, '4, 5').feedback).toBe('∂f/∂y is not right yet; the rest is.');
    expect(checkAnswer(e, '4').feedback).toMatch(/Give 2 numbers/);
    expect(checkAnswer(e, '4, 6, 8').feedback).toMatch(/Give 2 numbers/);
  });

  it('judges formulas by their values, not their spelling', () => {
    const e = getExercise('exercise-product-partial-x');
    expect(checkAnswer(e, '2*3*x*y*y*y').correct).toBe(true);
    expect(checkAnswer(e, '6x·y³').correct).toBe(true);
    expect(checkAnswer(e, '6xy^2').correct).toBe(false);
    expect(checkAnswer(e, '-6xy^3').feedback).toMatch(/sign/);
    expect(checkAnswer(e, '3xy^3').feedback).toMatch(/1\/2 of the right one/);
    expect(checkAnswer(e, '12xy^3').feedback).toMatch(/2 times/);
    expect(checkAnswer(e, '6').feedback).toMatch(/constant/);
    expect(checkAnswer(e, '6xz^3').feedback).toMatch(/“xz” is not a variable/);
    expect(checkAnswer(e, 'foo(x)').feedback).toMatch(/not a function/);
    expect(checkAnswer(e, 'x = 3').feedback).toMatch(/not a formula/);
    expect(checkAnswer(e, '6x*y^3/(x-x)').feedback).toMatch(/no value/);
  });

  it('never runs the reader’s text as code', () => {
    const e = getExercise('exercise-product-partial-x');
    for (const attack of ['import("x")', 'constructor.constructor("return 1")()', 'f(x) = x', '"6xy^3"', 'x.constructor']) {
      expect(checkAnswer(e, attack).correct, attack).toBe(false);
    }
  });

  it('asks for a choice when none is made', () => {
    expect(checkAnswer(getExercise('exercise-slope-direction'), '').feedback).toBe('Pick one of the options first.');
  });
});
