import {
  addDependencies,
  create,
  derivativeDependencies,
  simplifyDependencies,
  divideDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  type MathNode,
} from 'mathjs/number';
import type { Formula } from './read.ts';

// The symbolic derivative, for display only: math.js's `derivative` (which simplifies its result,
// and so needs the arithmetic it folds constants with). The playground's numbers come from the
// exact forward-mode gradient (`gradient.ts`); this is what the reader sees as ∂f/∂x in KaTeX.
// It adds about 10 kB gzip to the parser's 40 kB (esbuild, minified), so a page imports it on its own.
const math = create({
  parseDependencies: parseDependencies!,
  derivativeDependencies: derivativeDependencies!,
  simplifyDependencies: simplifyDependencies!,
  addDependencies: addDependencies!,
  subtractDependencies: subtractDependencies!,
  multiplyDependencies: multiplyDependencies!,
  divideDependencies: divideDependencies!,
  powDependencies: powDependencies!,
  unaryMinusDependencies: unaryMinusDependencies!,
});

/** TeX with the book's spelling: the natural logarithm as \ln. */
const handler = (node: MathNode, options: object): string | undefined => {
  const call = node as unknown as { type: string; fn?: { name?: string }; args?: MathNode[] };
  if (call.type === 'FunctionNode' && (call.fn?.name === 'log' || call.fn?.name === 'ln') && call.args?.length === 1)
    return `\\ln\\left(${call.args[0]!.toTex(options)}\\right)`;
  return undefined;
};

/** The formula as TeX, for KaTeX. */
export function formulaTex(formula: Formula): string {
  return formula.node.toTex({ handler, parenthesis: 'keep', implicit: 'hide' });
}

export type SymbolicReading = { ok: true; tex: string; text: string } | { ok: false; message: string };

/**
 * The largest unsimplified derivative (in nodes) that is simplified and shown. math.js's `simplify`
 * grows much faster than linearly with the tree (√ of a 20-deep sin(cos(…)) chain took 60 s on a
 * loaded two-core machine); at this size it took under a second there, and a longer formula is not
 * one a reader can take in anyway.
 */
export const SYMBOLIC_NODE_LIMIT = 100;

function size(node: MathNode): number {
  let count = 0;
  node.traverse(() => {
    count++;
  });
  return count;
}

/**
 * ∂f/∂`variable` of `formula` as TeX and as text, simplified by math.js, or why not: a derivative
 * over {@link SYMBOLIC_NODE_LIMIT} nodes before simplifying is not shown, which bounds the work.
 */
export function symbolicDerivative(formula: Formula, variable: string): SymbolicReading {
  try {
    const raw = math.derivative(math.parse(formula.source), variable, { simplify: false });
    if (size(raw) > SYMBOLIC_NODE_LIMIT)
      return { ok: false, message: `∂f/∂${variable} is too long to show as a formula; the gradient is still exact (automatic differentiation).` };
    const d = math.simplify(raw);
    return { ok: true, tex: d.toTex({ handler, implicit: 'hide' }), text: d.toString() };
  } catch {
    return { ok: false, message: `math.js could not differentiate this formula in ${variable}; the gradient is still exact (automatic differentiation).` };
  }
}
