import {
  addDependencies,
  create,
  derivativeDependencies,
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
 * ∂f/∂`variable` of `formula` as TeX and as text, simplified by math.js, or why not. The formula has
 * passed the reader's whitelist and limits, which bound the work.
 */
export function symbolicDerivative(formula: Formula, variable: string): SymbolicReading {
  try {
    const d = math.derivative(math.parse(formula.source), variable);
    return { ok: true, tex: d.toTex({ handler, implicit: 'hide' }), text: d.toString() };
  } catch {
    return { ok: false, message: `math.js could not differentiate this formula in ${variable}; the gradient is still exact (automatic differentiation).` };
  }
}
