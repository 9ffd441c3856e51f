import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import { katexOptions } from './katex.ts';

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * Fits KaTeX's output in `tree` to the book. Display math sits in a box that scrolls sideways on a
 * narrow screen; a scrolling region must be reachable by keyboard (WCAG 2.1.1), so the box has a
 * tab stop, a role and a name. Search indexes each formula once, as its MathML's text: not the
 * drawn copy, nor the TeX source KaTeX keeps beside the MathML.
 */
export function fitMath(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (hasClass(node, 'katex-display')) Object.assign(node.properties, { tabIndex: 0, role: 'group', ariaLabel: 'Equation' });
    if (hasClass(node, 'katex-html') || node.tagName === 'annotation') node.properties.dataPagefindIgnore = 'all';
  });
}

/**
 * One formula as HTML, rendered by KaTeX with the book's options and fitted by {@link fitMath}, as the
 * chapters' are. Bad TeX throws (a `katex.ParseError`), failing the build.
 */
export function mathHtml(tex: string, display: boolean): string {
  const tree = fromHtml(katex.renderToString(tex, { ...katexOptions, displayMode: display }), { fragment: true });
  fitMath(tree);
  return toHtml(tree);
}

export const MathParseError = katex.ParseError;
