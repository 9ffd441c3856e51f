import type { KatexOptions } from 'katex';

/**
 * The KaTeX options for every formula in the book: the chapters (rehype-katex), the exercises and
 * anything else that shows TeX. Output is KaTeX's HTML, which looks the same in every browser,
 * with its MathML beside it for screen readers.
 */
export const katexOptions = {
  output: 'htmlAndMathml',
  throwOnError: true,
  // KaTeX warns about TeX it accepts but LaTeX would not; here that fails the build too.
  strict: 'error',
  macros: {
    '\\MSE': '\\operatorname{MSE}',
    '\\SSR': '\\operatorname{SSR}',
    '\\E': '\\mathbb{E}',
  },
} as const satisfies KatexOptions;
