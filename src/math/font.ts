import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';
import { visit } from 'unist-util-visit';

/** The family name `src/styles/math.css` asks for first. */
const family = 'Descent Math';

/** The whole STIX Two Math, which the book's font is cut from. */
export const stixTwoMath = createRequire(import.meta.url).resolve('@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2');

/**
 * MathML Core sets a one-letter `<mi>` in italic by swapping in the letter's code point from the
 * Mathematical Alphanumeric Symbols block (CSS `text-transform: math-auto`), so the font must
 * carry those too. The table is MathML Core's italic mapping.
 */
function italic(char: string): string | undefined {
  const c = char.codePointAt(0)!;
  const special: Record<number, number> = { 0x68: 0x210e, 0x131: 0x1d6a4, 0x237: 0x1d6a5, 0x3f4: 0x1d6f3, 0x2207: 0x1d6fb, 0x2202: 0x1d715, 0x3f5: 0x1d716, 0x3d1: 0x1d717, 0x3f0: 0x1d718, 0x3d5: 0x1d719, 0x3f1: 0x1d71a, 0x3d6: 0x1d71b };
  const mapped =
    special[c] ??
    (c >= 0x41 && c <= 0x5a ? 0x1d434 + c - 0x41 : undefined) ??
    (c >= 0x61 && c <= 0x7a ? 0x1d44e + c - 0x61 : undefined) ??
    (c >= 0x391 && c <= 0x3a9 && c !== 0x3a2 ? 0x1d6e2 + c - 0x391 : undefined) ??
    (c >= 0x3b1 && c <= 0x3c9 ? 0x1d6fc + c - 0x3b1 : undefined);
  return mapped === undefined ? undefined : String.fromCodePoint(mapped);
}

/** Every character the `<math>` elements in `html` can show, italic forms included. */
export function mathCharacters(html: string, into = new Set<string>()): Set<string> {
  visit(fromHtml(html), 'element', (math: Element) => {
    if (math.tagName !== 'math') return;
    visit(math, 'text', (text: Text) => {
      // No-break spaces are glyphs too: Temml spaces the words of \text with them.
      for (const char of text.value) {
        if (char === '\n' || char === '\t' || char === '\r') continue;
        into.add(char);
        const slanted = italic(char);
        if (slanted) into.add(slanted);
      }
    });
  });
  return into;
}

/**
 * STIX Two Math with only the glyphs for `characters`, as WOFF2: about 20 kB instead of 400. The
 * OpenType MATH table stays, with the glyph variants and parts that stretch brackets and braces.
 */
export async function mathFont(characters: Iterable<string>): Promise<{ name: string; content: Buffer }> {
  const content = await subsetFont(await readFile(stixTwoMath), [...characters].sort().join(''), { targetFormat: 'woff2' });
  return { name: `descent-math.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.woff2`, content };
}

/** The head elements that load the font at `href` on a page with math: a preload and its @font-face. */
export function mathFontHead(href: string): { style: string; html: string } {
  const style = `@font-face{font-family:"${family}";src:url(${href}) format("woff2");font-display:swap}`;
  return { style, html: `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin><style>${style}</style>` };
}
