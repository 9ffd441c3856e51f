import type { Element, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { mathElement } from './render.ts';

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);
const text = (node: Element) => node.children.map((child) => (child.type === 'text' ? (child as Text).value : '')).join('');

/**
 * Renders the math that remark-math marks (`<code class="math-inline">` and, for display math,
 * `<pre><code class="math-display">`) as MathML; see `mathElement`.
 */
export default function rehypeMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const [only] = node.children;
      const code = node.tagName === 'pre' && node.children.length === 1 && only?.type === 'element' ? only : node;
      if (code.tagName !== 'code') return;
      const display = classes(code).includes('math-display');
      if (!display && !classes(code).includes('math-inline')) return;
      parent.children[index] = mathElement(text(code), display);
      return SKIP;
    });
  };
}
