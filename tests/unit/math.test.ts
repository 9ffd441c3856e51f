import { describe, expect, it } from 'vitest';
import { addToHead } from '../../src/integrations/finish-pages.ts';
import { mathCharacters, mathFont, mathFontHead } from '../../src/math/font.ts';
import { MathParseError, mathHtml } from '../../src/math/render.ts';

describe('math', () => {
  it('is MathML: inline as a bare <math>, display in a focusable, named box that can scroll', () => {
    const inline = mathHtml('x^2 + 1', false);
    expect(inline).toMatch(/^<math[ >]/);
    expect(inline).toContain('<msup><mi>x</mi>');
    const display = mathHtml('\\frac{a}{b}', true);
    expect(display).toMatch(/^<div class="math-display" tabindex="0" role="group" aria-label="Equation"><math [^>]*display="block"/);
    expect(display).toContain('<mfrac>');
  });

  it("sets primes after their letter, not as a superscript", () => {
    expect(mathHtml("f'(x)", false)).toContain('<mrow><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></mrow>');
    expect(mathHtml("g''", false)).toContain('<mi>g</mi><mo lspace="0em" rspace="0em">′</mo><mo lspace="0em" rspace="0em">′</mo>');
    expect(mathHtml("f'", false)).not.toContain('msup');
    expect(mathHtml("x^2", false)).toContain('msup');
  });

  it('refuses bad TeX and the commands Chromium draws wrongly', () => {
    expect(() => mathHtml('\\frac{1}{', false)).toThrow(MathParseError);
    expect(() => mathHtml('\\underbrace{a + b}_{n}', true)).toThrow(/underbrace.*Chromium/);
    expect(() => mathHtml('\\begin{bmatrix} a \\\\[1.2ex] b \\end{bmatrix}', true)).toThrow(/row gap.*arraystretch/);
    expect(mathHtml('{\\def\\arraystretch{1.3}\\begin{bmatrix} a \\\\ b \\end{bmatrix}}', true)).toMatch(/padding-top:1\.0[12]/);
  });

  it('finds the characters of the math in a page, with the italic letters MathML swaps in', () => {
    const chars = mathCharacters('<p>Text ab</p><math><mi>x</mi><mo>&lt;</mo><mn>2</mn><mi>∂</mi><mtext>if&nbsp;&#x3C1;</mtext></math>');
    for (const c of ['x', '𝑥', '<', '2', '∂', '𝜕', 'i', 'f', '𝑖', 'ρ', '𝜌', '\u00a0']) expect(chars, c).toContain(c);
    expect(chars).not.toContain('T');
  });

  it('cuts the font to those characters, named by its content', async () => {
    const small = await mathFont(mathCharacters('<math><mi>x</mi><mo>=</mo><mn>1</mn></math>'));
    const larger = await mathFont(mathCharacters('<math><mi>x</mi><mo>=</mo><mn>1</mn><mo>∑</mo><mo stretchy="true">(</mo></math>'));
    expect(small.name).toMatch(/^descent-math\.[0-9a-f]{10}\.woff2$/);
    expect(small.content.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(small.content.length).toBeLessThan(larger.content.length);
    expect(larger.content.length).toBeLessThan(40_000);
    expect(larger.name).not.toBe(small.name);
  });

  it('loads the font on a page: a preload, its @font-face, and that style trusted by the CSP', () => {
    const page = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src-elem 'self' 'sha256-abc'; style-src-attr 'unsafe-inline'"></head><body></body></html>`;
    const { html, style } = mathFontHead('/descent/_astro/descent-math.0123456789.woff2');
    const finished = addToHead(page, html, style);
    expect(finished).toContain(`<link rel="preload" href="/descent/_astro/descent-math.0123456789.woff2" as="font" type="font/woff2" crossorigin><style>${style}</style></head>`);
    const policy = finished.match(/style-src-elem ([^;]*)/)![1]!;
    expect(policy.split(' ')).toHaveLength(3);
    expect(policy).toMatch(/^'self' 'sha256-abc' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(() => addToHead(page.replace('style-src-elem', 'style-src'), html, style)).toThrow(/style-src-elem/);
  });
});
