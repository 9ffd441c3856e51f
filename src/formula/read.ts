import { create, parseDependencies, type MathNode } from 'mathjs/number';

// The one reader of typed formulas, shared by the exercises' answer checker and the playground.
// Only math.js's parser runs on the reader's text: it becomes a syntax tree, and the tree is turned
// into a small tree of our own (below) by a whitelist of operators, functions and constants.
// Anything else is refused with a message; nothing the reader types is ever run as code.
const { parse } = create({ parseDependencies: parseDependencies! });

/** The functions a formula may call, each of one argument: `log` is the natural logarithm, as `ln`. */
export const functionNames = ['sqrt', 'exp', 'ln', 'log', 'log10', 'sin', 'cos', 'tan', 'abs'] as const;
export type FunctionName = (typeof functionNames)[number];

/** The named constants a formula may use. */
export const constants: Readonly<Record<string, number>> = Object.freeze(Object.assign(Object.create(null) as Record<string, number>, { e: Math.E, pi: Math.PI }));

const operatorNames = { add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^' } as const;
export type BinaryOperator = keyof typeof operatorNames;

/** A formula as this book reads it: numbers, variables, + − × ÷ ^, negation and the whitelisted functions. */
export type Tree =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string }
  | { kind: 'negate'; arg: Tree }
  | { kind: 'binary'; op: BinaryOperator; left: Tree; right: Tree }
  | { kind: 'call'; name: FunctionName; arg: Tree };

/** Bounds on what a reader can make the page do: every formula within them is read and evaluated in bounded time. */
export interface Limits {
  /** Characters of text. */
  length: number;
  /** Nodes of the syntax tree. */
  nodes: number;
  /** Levels of nesting: brackets and function calls inside one another (a chain such as x + x + … is bounded by `nodes`). */
  depth: number;
  /** The largest magnitude of a number written as an exponent (`x^64`). */
  exponent: number;
}

export const defaultLimits: Readonly<Limits> = Object.freeze({ length: 200, nodes: 120, depth: 24, exponent: 64 });

export interface Formula {
  /** The text as read, after normalising (`−` to `-`, `xy` to `x y`). */
  source: string;
  tree: Tree;
  /** math.js's tree, whitelisted like `tree`: for TeX and symbolic derivatives. */
  node: MathNode;
  /** The variables it uses, in the order they were offered. */
  used: string[];
}

export type Refusal = { ok: false; message: string; position?: number };
export type Reading = { ok: true; formula: Formula } | Refusal;

export interface ReadOptions {
  /** The names that are variables here; an empty list reads a plain number. */
  variables?: readonly string[];
  /** What the reader is typing, for messages: `answer` in an exercise, `function` in the playground. */
  subject?: 'answer' | 'function';
  limits?: Partial<Limits>;
}

const isFunction = (name: string): name is FunctionName => (functionNames as readonly string[]).includes(name);
const isConstant = (name: string) => Object.hasOwn(constants, name);

/**
 * Characters readers type from their keyboards or copy from the page, in the parser's spelling,
 * and `xy` as `x y` (a product) when x and y are both variables here, so that `6xy^3` is 6·x·y³.
 * `origin[i]` is the index in `text` of the character at `i` in the result, for error positions.
 */
export function normalise(text: string, variables: readonly string[] = []): { text: string; origin: number[] } {
  const replacements: Record<string, string> = { '−': '-', '–': '-', '×': '*', '·': '*', '⋅': '*', '∙': '*', '÷': '/', '²': '^2', '³': '^3', π: 'pi' };
  let out = '';
  const origin: number[] = [];
  const emit = (s: string, at: number) => {
    out += s;
    for (let k = 0; k < s.length; k++) origin.push(at);
  };
  for (let i = 0; i < text.length; ) {
    const word = /^[A-Za-z]+/.exec(text.slice(i, i + 64))?.[0];
    if (word) {
      const split = word.length > 1 && !isFunction(word) && !isConstant(word) && [...word].every((c) => variables.includes(c));
      for (const [k, c] of [...word].entries()) emit(split && k > 0 ? ` ${c}` : c, i + k);
      i += word.length;
      continue;
    }
    const c = text[i]!;
    emit(replacements[c] ?? c, i);
    i++;
  }
  origin.push(text.length);
  return { text: out, origin };
}

class FormulaError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(message);
  }
}

/** Where `name` first appears in `text` as a word of its own, if it does. */
function positionOf(name: string, text: string): number | undefined {
  // No lookbehind: older Safari cannot parse it, and this module loads with every exercise.
  const match = new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '')}(?![A-Za-z0-9_])`).exec(text);
  return match ? match.index + match[1]!.length : undefined;
}

const list = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

interface Walk {
  variables: readonly string[];
  subject: 'answer' | 'function';
  limits: Limits;
  source: string;
  nodes: number;
  used: Set<string>;
}

function toTree(node: MathNode, walk: Walk, depth: number): Tree {
  if (++walk.nodes > walk.limits.nodes) throw new FormulaError(`The ${walk.subject} is too long: keep it under ${walk.limits.nodes} numbers, names and operators.`);
  if (depth > walk.limits.depth) throw new FormulaError(`The ${walk.subject} is nested too deeply: at most ${walk.limits.depth} levels of brackets and functions.`);
  const at = (name: string) => positionOf(name, walk.source);
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') throw new FormulaError(`Only numbers and names can appear in ${walk.subject === 'answer' ? 'an answer' : 'a function'}.`);
      if (!Number.isFinite(value)) throw new FormulaError('A number in it is too large.');
      return { kind: 'number', value };
    }
    case 'ParenthesisNode':
      return toTree((node as unknown as { content: MathNode }).content, walk, depth + 1);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (walk.variables.includes(name)) {
        walk.used.add(name);
        return { kind: 'variable', name };
      }
      if (isConstant(name)) return { kind: 'number', value: constants[name]! };
      if (isFunction(name)) throw new FormulaError(`${name} needs its argument in brackets: ${name}(…).`, at(name));
      throw new FormulaError(
        walk.variables.length > 0
          ? `“${name}” is not a variable here: use ${list(walk.variables)}.`
          : `The ${walk.subject} is a number: “${name}” has no value here.`,
        at(name),
      );
    }
    case 'OperatorNode': {
      const { fn, op, args } = node as unknown as { fn: string; op: string; args: MathNode[] };
      if ((fn === 'unaryMinus' || fn === 'unaryPlus') && args.length === 1) {
        const arg = toTree(args[0]!, walk, depth);
        return fn === 'unaryMinus' ? { kind: 'negate', arg } : arg;
      }
      if (!Object.hasOwn(operatorNames, fn) || args.length !== 2)
        throw new FormulaError(`The operator “${op}” is not supported here: use + − * / ^ and brackets.`, positionOf(op, walk.source) ?? walk.source.indexOf(op));
      const left = toTree(args[0]!, walk, depth);
      const right = toTree(args[1]!, walk, depth);
      if (fn === 'pow' && right.kind === 'number' && Math.abs(right.value) > walk.limits.exponent)
        throw new FormulaError(`The exponent ${right.value} is too large: use exponents between −${walk.limits.exponent} and ${walk.limits.exponent}.`);
      if (fn === 'pow' && right.kind === 'negate' && right.arg.kind === 'number' && Math.abs(right.arg.value) > walk.limits.exponent)
        throw new FormulaError(`The exponent −${right.arg.value} is too large: use exponents between −${walk.limits.exponent} and ${walk.limits.exponent}.`);
      return { kind: 'binary', op: fn as BinaryOperator, left, right };
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: { type?: string; name?: string }; args: MathNode[] };
      const name = fn.type === 'SymbolNode' ? (fn.name ?? '') : '';
      if (!isFunction(name)) throw new FormulaError(`“${name || '…'}” is not a function this book knows: try ${list(functionNames)}.`, name ? at(name) : undefined);
      if (args.length !== 1) throw new FormulaError(`${name} takes one argument.`, at(name));
      return { kind: 'call', name, arg: toTree(args[0]!, walk, depth + 1) };
    }
    default:
      throw new FormulaError(
        `That is not a formula this book can read: use numbers, ${walk.variables.length > 0 ? `${list(walk.variables)}, ` : ''}+ − * / ^, brackets and functions such as ln or sqrt.`,
      );
  }
}

/**
 * Reads `text` as a formula in `variables`, or says why it cannot, with the position (an index into
 * `text`) where it knows one. The text is parsed by math.js's parser only, and the tree it gives is
 * accepted only if every node is on the whitelist and within the limits.
 */
export function readFormula(text: string, options: ReadOptions = {}): Reading {
  const variables = options.variables ?? [];
  const subject = options.subject ?? 'answer';
  const limits = { ...defaultLimits, ...options.limits };
  if (text.trim() === '') return { ok: false, message: subject === 'answer' ? 'Type an answer first.' : 'Type a function first.' };
  if (text.length > limits.length) return { ok: false, message: `The ${subject} is too long: at most ${limits.length} characters.`, position: limits.length };
  const { text: source, origin } = normalise(text, variables);
  let node: MathNode;
  try {
    node = parse(source);
  } catch (error) {
    const char = (error as { char?: unknown }).char;
    if (typeof char !== 'number' || subject === 'answer')
      return { ok: false, message: `The ${subject} could not be read: check the brackets and operators.` };
    const position = origin[Math.min(Math.max(char - 1, 0), origin.length - 1)]!;
    const what = error instanceof Error ? error.message.replace(/\s*\(char \d+\)$/, '') : 'Syntax error';
    return { ok: false, message: `The function could not be read at character ${position + 1}: ${what.charAt(0).toLowerCase()}${what.slice(1)}.`, position };
  }
  try {
    const walk: Walk = { variables, subject, limits, source: text, nodes: 0, used: new Set() };
    const tree = toTree(node, walk, 0);
    return { ok: true, formula: { source, tree, node, used: variables.filter((v) => walk.used.has(v)) } };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, message: error.message, ...(error.position === undefined ? {} : { position: error.position }) };
    return { ok: false, message: `The ${subject} could not be read: check the brackets and operators.` };
  }
}

const unary: Record<FunctionName, (x: number) => number> = {
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

export type Scope = Record<string, number>;
export type Compiled = (scope: Scope) => number;

/** The tree as a function of a scope of variables: plain floating point, no derivatives. */
export function evaluator(tree: Tree): Compiled {
  switch (tree.kind) {
    case 'number': {
      const value = tree.value;
      return () => value;
    }
    case 'variable': {
      const name = tree.name;
      return (scope) => scope[name]!;
    }
    case 'negate': {
      const arg = evaluator(tree.arg);
      return (scope) => -arg(scope);
    }
    case 'call': {
      const fn = unary[tree.name];
      const arg = evaluator(tree.arg);
      return (scope) => fn(arg(scope));
    }
    case 'binary': {
      const a = evaluator(tree.left);
      const b = evaluator(tree.right);
      switch (tree.op) {
        case 'add':
          return (s) => a(s) + b(s);
        case 'subtract':
          return (s) => a(s) - b(s);
        case 'multiply':
          return (s) => a(s) * b(s);
        case 'divide':
          return (s) => a(s) / b(s);
        case 'pow':
          return (s) => a(s) ** b(s);
      }
    }
  }
}
