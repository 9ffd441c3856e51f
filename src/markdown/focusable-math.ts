import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Display math scrolls sideways on narrow screens; a scrolling region must be reachable by
 * keyboard (WCAG 2.1.1), so each one gets a tab stop and the equation's text as its name.
 */
export default function rehypeFocusableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
        node.properties.role = 'group';
        node.properties.ariaLabel = 'Equation';
      }
    });
  };
}
