import katex from 'katex';
import { type ReaderFunction } from '../../formula/function.ts';
import { formulaTex, symbolicDerivative } from '../../formula/symbolic.ts';

// Everything the playground loads when the reader first edits: math.js's parser, the exact
// gradients, the run, the symbolic derivative and KaTeX.
export { readFunction } from '../../formula/function.ts';
export { refusal, runPlayground } from './run.ts';

/**
 * A formula typeset by KaTeX, as HTML (KaTeX's output: the typed text reaches it only through
 * math.js's tree). A long one scrolls in its box, which takes focus, as the chapters' display math does.
 */
function typeset(tex: string): string {
  return katex
    .renderToString(tex, { throwOnError: false, displayMode: true, maxSize: 10, maxExpand: 100 })
    .replace('<span class="katex-display">', '<span class="katex-display" tabindex="0" role="group" aria-label="Equation">');
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
