import { unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import type { VFile } from 'vfile';
import { katexOptions } from './katex.ts';
import { fitMath } from './render.ts';

/**
 * rehype-katex reports a formula it cannot render as a message on the file and puts a red error
 * in the page; this fails the build instead, naming the file and the TeX. Then it fits the math
 * to the book as the exercises' is ({@link fitMath}).
 */
function finishMath() {
  return (tree: Root, file: VFile) => {
    const failed = file.messages.filter((message) => message.source === 'rehype-katex');
    if (failed.length > 0) {
      const formulas = failed.map((message) => {
        const node = message.ancestors?.at(-1);
        return `  ${node ? JSON.stringify(toText(node as Element, { whitespace: 'pre' })) : '?'}: ${message.cause instanceof Error ? message.cause.message : message.reason}`;
      });
      throw new Error(`KaTeX cannot render ${failed.length === 1 ? 'a formula' : `${failed.length} formulas`} in ${file.path}:\n${formulas.join('\n')}`);
    }
    fitMath(tree);
  };
}

/** The chapters' Markdown processor: remark-math marks the math, rehype-katex renders it with the book's options. */
export const markdownProcessor = () =>
  unified({
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, katexOptions], finishMath],
  });
