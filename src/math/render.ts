import temml from 'temml';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';

/** TeX the build refuses rather than ship it drawn wrongly, and why. */
const refused: [RegExp, string][] = [
  [/\\(under|over)brace/, 'Chromium draws the brace shifted away from its terms; name the terms in a second line instead'],
  [/\\\\\s*\[/, 'Temml drops the row gap; spread the rows with {\\def\\arraystretch{1.3} …} instead'],
];

const isElement = (node: ElementContent | undefined, tag: string): node is Element => node?.type === 'element' && node.tagName === tag;
const isPrime = (node: ElementContent) => isElement(node, 'mo') && String(node.properties.className ?? '').includes('tml-prime');

/**
 * Temml writes f′ as a superscript, but a math font's ′ is already a raised glyph: as a script it
 * shrinks and floats well above the letter. Set after the base, it looks as TeX prints it.
 */
function setPrimesInline(node: Element): void {
  node.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    setPrimesInline(child);
    if (child.tagName !== 'msup') return;
    const [base, script] = child.children;
    const primes = isElement(script, 'mrow') ? script.children : script ? [script] : [];
    if (!base || primes.length === 0 || !primes.every(isPrime)) return;
    for (const prime of primes as Element[]) prime.properties = { lspace: '0em', rspace: '0em' };
    node.children[i] = { type: 'element', tagName: 'mrow', properties: {}, children: [base, ...primes] };
  });
}

/**
 * One formula as MathML Core, which browsers lay out themselves: no layout markup, and screen
 * readers read it as math. Display math sits in a box that scrolls on a narrow screen; a scrolling
 * region must be reachable by keyboard (WCAG 2.1.1), so the box has a tab stop and a name.
 * Bad TeX throws, failing the build.
 */
export function mathElement(tex: string, display: boolean): Element {
  for (const [pattern, why] of refused) {
    const found = pattern.exec(tex);
    if (found) throw new Error(`${found[0]} in "${tex}": ${why}.`);
  }
  const math = fromHtml(temml.renderToString(tex, { displayMode: display, throwOnError: true }), { fragment: true }).children[0] as ElementContent | undefined;
  if (!isElement(math, 'math')) throw new Error(`Temml gave no <math> element for "${tex}".`);
  setPrimesInline(math);
  if (!display) return math;
  return { type: 'element', tagName: 'div', properties: { className: ['math-display'], tabIndex: 0, role: 'group', ariaLabel: 'Equation' }, children: [math] };
}

/** {@link mathElement} as HTML. */
export function mathHtml(tex: string, display: boolean): string {
  return toHtml(mathElement(tex, display));
}

export const MathParseError = temml.ParseError;
