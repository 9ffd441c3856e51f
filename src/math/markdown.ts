import { unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { katexOptions } from './katex.ts';
import { displayBox } from './render.ts';

const isDisplay = (node: Element) => Array.isArray(node.properties.className) && node.properties.className.includes('katex-display');

/**
 * rehype-katex reports a formula it cannot render as a message on the file and puts a red error
 * in the page; this fails the build instead, naming the file and the TeX. Display math gets its
 * scrolling box's tab stop and name.
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
    visit(tree, 'element', (node: Element) => {
      if (isDisplay(node)) Object.assign(node.properties, displayBox);
    });
  };
}

/** The chapters' Markdown processor: remark-math marks the math, rehype-katex renders it with the book's options. */
export const markdownProcessor = () =>
  unified({
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, katexOptions], finishMath],
  });
