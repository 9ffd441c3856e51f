import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { MathParseError, mathHtml } from '../../src/math/render.ts';
import { markdownProcessor } from '../../src/math/markdown.ts';

/** `html` as hast-util-to-html writes it, so that MDX's and KaTeX's ways of closing an element compare equal. */
const normal = (html: string) => toHtml(fromHtml(html, { fragment: true }));

/** Markdown through the chapters' processor, as the build runs it. */
async function chapter(markdown: string, path = '/book/content/docs/test.mdx'): Promise<string> {
  const renderer = await markdownProcessor().createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown, { fileURL: new URL(`file://${path}`) })).code;
}

describe('math', () => {
  it('is KaTeX HTML with its MathML: inline as a bare .katex, display in a focusable, named box that can scroll; search skips the drawn copy and the TeX', () => {
    const inline = mathHtml('x^2 + 1', false);
    expect(inline).toMatch(/^<span class="katex"><span class="katex-mathml"><math [^>]*><semantics><mrow><msup><mi>x<\/mi>/);
    expect(inline).toContain('<span class="katex-html" aria-hidden="true" data-pagefind-ignore="all">');
    expect(inline).toContain('<annotation encoding="application/x-tex" data-pagefind-ignore="all">x^2 + 1</annotation>');
    const display = mathHtml('\\frac{a}{b}', true);
    expect(display).toMatch(/^<span class="katex-display" tabindex="0" role="group" aria-label="Equation"><span class="katex"><span class="katex-mathml"><math [^>]*display="block"/);
    expect(display).toContain('<mfrac>');
  });

  it('renders the chapters with the same options, macros and display box as everything else', async () => {
    for (const [tex, display] of [['\\MSE(\\theta) = \\E[x]', false], ['\\underbrace{a + b}_{n}', true], ['\\begin{bmatrix} a \\\\[1ex] b \\end{bmatrix}', true]] as const) {
      const html = await chapter(display ? `$$\n${tex}\n$$` : `Text $${tex}$.`);
      expect(normal(html), tex).toContain(normal(mathHtml(tex, display)));
    }
    expect(mathHtml('\\MSE', false)).toContain('<mi mathvariant="normal">MSE</mi>');
  });

  it('fails on TeX KaTeX cannot parse or warns about, naming the file and the formula', async () => {
    expect(() => mathHtml('\\frac{1}{', false)).toThrow(MathParseError);
    expect(() => mathHtml('x é', false)).toThrow(/LaTeX-incompatible/);
    await expect(chapter('Fine $x$, broken $\\frac{1}{$.', '/book/content/docs/broken.mdx')).rejects.toThrow(/content\/docs\/broken\.mdx:\n {2}"\\\\frac\{1\}\{": KaTeX parse error/);
    await expect(chapter('$$\nx é\n$$')).rejects.toThrow(/"x é": KaTeX parse error: LaTeX-incompatible input/);
  });
});
