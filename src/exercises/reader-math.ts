import { create, parseDependencies, type MathNode } from 'mathjs/number';

// Only math.js's parser: the reader's text becomes a syntax tree, and the tree is evaluated below
// by a whitelist of operators and functions. Nothing the reader types is ever run as code.
const { parse } = create({ parseDependencies: parseDependencies! });

export type Scope = Record<string, number>;
export type Compiled = (scope: Scope) => number;
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const operators: Record<string, (...args: number[]) => number> = {
  add: (a, b) => a! + b!,
  subtract: (a, b) => a! - b!,
  multiply: (a, b) => a! * b!,
  divide: (a, b) => a! / b!,
  pow: (a, b) => a! ** b!,
  unaryMinus: (a) => -a!,
  unaryPlus: (a) => a!,
};

const functions: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  exp: Math.exp,
  ln: Math.log,
  log: Math.log,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  abs: Math.abs,
};

const constants: Record<string, number> = { e: Math.E, pi: Math.PI };

/**
 * Characters readers type from their keyboards or copy from the page, in the parser's spelling,
 * and `xy` as `x y` (a product) when x and y are both variables here, so that `6xy^3` is 6·x·y³.
 */
function normalise(text: string, variables: readonly string[] = []): string {
  return text
    .replace(/[A-Za-z]+/g, (word) =>
      word.length > 1 && !(word in functions) && !(word in constants) && [...word].every((c) => variables.includes(c))
        ? [...word].join(' ')
        : word,
    )
    .replace(/[−–]/g, '-')
    .replace(/[×·⋅∙]/g, '*')
    .replace(/÷/g, '/')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/π/g, 'pi');
}

class ReadError extends Error {}

function compileNode(node: MathNode, variables: readonly string[]): Compiled {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') throw new ReadError('Only numbers and symbols can appear in an answer.');
      return () => value;
    }
    case 'ParenthesisNode':
      return compileNode((node as unknown as { content: MathNode }).content, variables);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (variables.includes(name)) return (scope) => scope[name]!;
      if (name in constants) return () => constants[name]!;
      throw new ReadError(
        variables.length > 0
          ? `“${name}” is not a variable here: use ${variables.join(', ')}.`
          : `The answer is a number: “${name}” has no value here.`,
      );
    }
    case 'OperatorNode': {
      const { fn, op, args } = node as unknown as { fn: string; op: string; args: MathNode[] };
      const apply = operators[fn];
      if (!apply) throw new ReadError(`The operator “${op}” is not supported here: use + − * / ^ and brackets.`);
      const parts = args.map((a) => compileNode(a, variables));
      return (scope) => apply(...parts.map((p) => p(scope)));
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: { name?: string }; args: MathNode[] };
      const name = fn.name ?? '';
      const apply = functions[name];
      if (!apply) throw new ReadError(`“${name}” is not a function this book knows: try ${Object.keys(functions).join(', ')}.`);
      if (args.length !== 1) throw new ReadError(`${name} takes one argument.`);
      const inner = compileNode(args[0]!, variables);
      return (scope) => apply(inner(scope));
    }
    default:
      throw new ReadError('That is not a formula this book can read: use numbers, variables, + − * / ^, brackets and functions such as ln or sqrt.');
  }
}

/** Reads a formula in `variables` (an empty list: a plain number), or says why it cannot. */
export function readExpression(text: string, variables: readonly string[] = []): Read<Compiled> {
  const source = normalise(text, variables).trim();
  if (source === '') return { ok: false, message: 'Type an answer first.' };
  try {
    return { ok: true, value: compileNode(parse(source), variables) };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    return { ok: false, message: 'The answer could not be read: check the brackets and operators.' };
  }
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
  let body = normalise(text).trim();
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
