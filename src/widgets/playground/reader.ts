import katex from 'katex';
import { type ReaderFunction } from '../../formula/function.ts';
import { formulaTex, symbolicDerivative } from '../../formula/symbolic.ts';

// Everything the playground loads when the reader first edits: math.js's parser, the exact
// gradients, the symbolic derivative and KaTeX.
export { evaluateAt, objectiveOf, readFunction } from '../../formula/function.ts';

/** f at a point, NaN where it is undefined: for drawing. */
export function valueOf(fn: ReaderFunction): (point: readonly number[]) => number {
  const gradient = new Float64Array(fn.variables.length);
  return (point) => fn.program.evaluate(point, gradient);
}

/** A formula typeset by KaTeX, as HTML (KaTeX's output: the typed text reaches it only through math.js's tree). */
function typeset(tex: string): string {
  return katex.renderToString(tex, { throwOnError: false, displayMode: true, maxSize: 10, maxExpand: 100 });
}

/** The function and each partial derivative, typeset; a derivative too long to show says so instead. */
export interface TypesetFunction {
  f: string;
  partials: { variable: string; html?: string; message?: string }[];
}

export function typesetFunction(fn: ReaderFunction): TypesetFunction {
  const name = `f(${fn.variables.join(', ')})`;
  return {
    f: typeset(`${name} = ${formulaTex(fn.formula)}`),
    partials: fn.variables.map((v) => {
      const d = symbolicDerivative(fn.formula, v);
      const lhs = fn.variables.length === 1 ? `f'(${v})` : `\\frac{\\partial f}{\\partial ${v}}`;
      return d.ok ? { variable: v, html: typeset(`${lhs} = ${d.tex}`) } : { variable: v, message: d.message };
    }),
  };
}
