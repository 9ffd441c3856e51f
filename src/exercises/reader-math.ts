import { evaluator, normalise, readFormula, type Compiled } from '../formula/read.ts';

// The exercises read answers with the book's one formula reader (`src/formula/read.ts`): math.js's
// parser, then a whitelist of operators and functions. Nothing the reader types is run as code.
export type { Compiled, Scope } from '../formula/read.ts';
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a formula in `variables` (an empty list: a plain number), or says why it cannot. */
export function readExpression(text: string, variables: readonly string[] = []): Read<Compiled> {
  const read = readFormula(text.trim(), { variables, subject: 'answer' });
  return read.ok ? { ok: true, value: evaluator(read.formula.tree) } : { ok: false, message: read.message };
}

/** Reads a number; arithmetic such as `7/3` or `-0.3*(-0.4)` is allowed. */
export function readNumber(text: string): Read<number> {
  const read = readExpression(text);
  if (!read.ok) return read;
  const value = read.value({});
  if (!Number.isFinite(value)) return { ok: false, message: 'That is not a finite number.' };
  return { ok: true, value };
}

/** Splits `(a, b)`, `[a, b]` or `a, b` at its top-level commas or semicolons. */
function components(text: string): string[] {
  let body = normalise(text).text.trim();
  const open = body[0];
  const close = body[body.length - 1];
  if ((open === '(' && close === ')') || (open === '[' && close === ']') || (open === '⟨' && close === '⟩')) body = body.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.map((p) => p.trim());
}

/** Reads `length` numbers such as `(4, 6)`. */
export function readVector(text: string, length: number): Read<number[]> {
  if (text.trim() === '') return { ok: false, message: 'Type an answer first.' };
  const parts = components(text);
  if (parts.length !== length)
    return { ok: false, message: `Give ${length} numbers separated by commas, like (${Array.from({ length }, (_, i) => i + 1).join(', ')}); this has ${parts.length}.` };
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const read = readNumber(part);
    if (!read.ok) return { ok: false, message: `Number ${i + 1}: ${read.message}` };
    values.push(read.value);
  }
  return { ok: true, value: values };
}
