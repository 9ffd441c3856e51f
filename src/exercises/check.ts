import { seededRandom } from '@descent/optimizer';
import { readExpression, readNumber, readVector, type Compiled, type Scope } from './reader-math.ts';
import type { Answer, ChoiceAnswer, Exercise, ExpressionAnswer, NumberAnswer, VectorAnswer } from './types.ts';

export interface Verdict {
  correct: boolean;
  feedback: string;
}

const right = (feedback = 'Correct.'): Verdict => ({ correct: true, feedback });
const wrong = (feedback: string): Verdict => ({ correct: false, feedback });
const tryHint = 'Not quite. The hints below may help.';

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
/** Equality for values computed two ways: relative, since formulas can take large values. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

/** What a wrong number has in common with the right one, when a common slip explains it. */
function numberSlip(value: number, reference: number, tolerance: number): string | undefined {
  if (reference !== 0 && close(value, -reference, tolerance)) return 'Check the sign: your answer is the negative of the right one.';
  if (reference !== 0 && (close(value, 2 * reference, tolerance) || close(value, reference / 2, tolerance)))
    return `Your answer is ${close(value, 2 * reference, tolerance) ? 'twice' : 'half'} the right one: look for a lost or extra factor of 2.`;
  if (tolerance > 0 && close(value, reference, Math.max(10 * tolerance, 0.01 * Math.abs(reference))))
    return `Close, but not within ±${tolerance}: carry more digits through the calculation.`;
  return undefined;
}

function checkNumber(answer: NumberAnswer, raw: string): Verdict {
  const read = readNumber(raw);
  if (!read.ok) return wrong(read.message);
  if (close(read.value, answer.value, answer.tolerance)) return right();
  return wrong(numberSlip(read.value, answer.value, answer.tolerance) ?? tryHint);
}

function checkVector(answer: VectorAnswer, raw: string): Verdict {
  const read = readVector(raw, answer.value.length);
  if (!read.ok) return wrong(read.message);
  const matches = (target: readonly number[]) => target.every((t, i) => close(read.value[i]!, t, answer.tolerance));
  if (matches(answer.value)) return right();
  const order = answer.names.join(', ');
  if (matches([...answer.value].reverse())) return wrong(`Right numbers, wrong order: the answer is (${order}).`);
  if (matches(answer.value.map((v) => -v))) return wrong('Check the signs: every component is the negative of the right one.');
  const wrongOnes = answer.names.filter((_, i) => !close(read.value[i]!, answer.value[i]!, answer.tolerance));
  if (wrongOnes.length < answer.names.length) return wrong(`${wrongOnes.join(' and ')} ${wrongOnes.length > 1 ? 'are' : 'is'} not right yet; the rest is.`);
  return wrong(tryHint);
}

/** The seeded points two formulas are compared at: the same for every reader and every run. */
function samplePoints(answer: ExpressionAnswer, count = 8): Scope[] {
  const [low, high] = answer.sample ?? [0.5, 2.5];
  const random = seededRandom(20240607);
  return Array.from({ length: count }, () =>
    Object.fromEntries(answer.variables.map((v) => [v, low + (high - low) * random.next()])),
  );
}

function values(formula: Compiled, points: Scope[]): number[] {
  return points.map((p) => formula(p));
}

function checkExpression(answer: ExpressionAnswer, raw: string): Verdict {
  const read = readExpression(raw, answer.variables);
  if (!read.ok) return wrong(read.message);
  const reference = readExpression(answer.value, answer.variables);
  if (!reference.ok) throw new Error(`The reference answer “${answer.value}” cannot be read: ${reference.message}`);
  const points = samplePoints(answer);
  const want = values(reference.value, points);
  const got = values(read.value, points);
  if (got.some((g) => !Number.isFinite(g))) return wrong('Your formula has no value at some points where the answer does: check for division by zero or a log of a negative number.');
  if (got.every((g, i) => same(g, want[i]!))) return right();
  if (got.every((g, i) => same(g, -want[i]!))) return wrong('Check the sign: your formula is the negative of the right one.');
  if (got.every((g) => same(g, got[0]!)) && !want.every((w) => same(w, want[0]!)))
    return wrong(`Your answer is a constant, but the answer depends on ${answer.variables.join(' and ')}.`);
  const ratio = got[0]! / want[0]!;
  if (Number.isFinite(ratio) && ratio !== 0 && got.every((g, i) => same(g, ratio * want[i]!))) {
    const factor = Math.abs(ratio) >= 1 ? ratio : 1 / ratio;
    const rounded = Number(factor.toPrecision(4));
    return wrong(
      `Your formula is ${Math.abs(ratio) >= 1 ? `${rounded} times` : `1/${rounded} of`} the right one: the shape is right, so check a constant factor.`,
    );
  }
  return wrong(tryHint);
}

function checkChoice(answer: ChoiceAnswer, raw: string): Verdict {
  if (!answer.choices.some((c) => c.value === raw)) return wrong('Pick one of the options first.');
  return raw === answer.value ? right() : wrong(tryHint);
}

function checkAgainst(answer: Answer, raw: string): Verdict {
  switch (answer.kind) {
    case 'number':
      return checkNumber(answer, raw);
    case 'vector':
      return checkVector(answer, raw);
    case 'expression':
      return checkExpression(answer, raw);
    case 'choice':
      return checkChoice(answer, raw);
  }
}

/** The same kind of answer as `answer`, with `mistake` as its value: used to recognise a listed mistake. */
function asReference(answer: Answer, mistake: string): Answer | undefined {
  switch (answer.kind) {
    case 'number': {
      const read = readNumber(mistake);
      return read.ok ? { ...answer, value: read.value } : undefined;
    }
    case 'vector': {
      const read = readVector(mistake, answer.value.length);
      return read.ok ? { ...answer, value: read.value } : undefined;
    }
    case 'expression':
      return { ...answer, value: mistake };
    case 'choice':
      return { ...answer, value: mistake };
  }
}

/**
 * Judges a reader's answer. A right answer is accepted whatever its form (`6xy^3`, `6*x*y^3`).
 * A wrong one gets the feedback of the listed mistake it matches, else a generic diagnosis
 * (sign, factor, order, a constant where a formula is due), else an invitation to the hints.
 */
export function checkAnswer(exercise: Exercise, raw: string): Verdict {
  const verdict = checkAgainst(exercise.answer, raw.trim());
  if (verdict.correct) return verdict;
  for (const mistake of exercise.mistakes) {
    const reference = asReference(exercise.answer, mistake.answer);
    if (reference && checkAgainst(reference, raw.trim()).correct) return wrong(mistake.feedback);
  }
  return verdict;
}
