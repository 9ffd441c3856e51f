import type { Browser, Page } from '@playwright/test';
import { builtPage, expect, sitePages, test } from './site.ts';

const withMath = sitePages().filter((path) => builtPage(path).includes('class="katex"'));

/** A KaTeX font face as its file is named: `KaTeX_Main-Regular`, `KaTeX_Math-Italic`, `KaTeX_Main-BoldItalic`. */
type Face = string;

/**
 * `path` with scripts off (KaTeX's HTML is static, so all math must show without them) and every
 * `<details>` open (hints and solutions have math too), and the KaTeX font files it fetched.
 */
async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  const fetched: Face[] = [];
  page.on('response', (response) => {
    const file = /\/(KaTeX_[A-Za-z0-9]+-[A-Za-z]+)\.[\w-]+\.woff2$/.exec(new URL(response.url()).pathname);
    if (file && response.ok()) fetched.push(file[1]!);
  });
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, body: (await response.text()).replace(/<details\b/g, '<details open') });
  });
  await page.goto(path);
  // Fonts for text laid out late (further down, in opened details) start loading after the first fonts.ready.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  return { context, page, fetched };
}

/**
 * Every face the drawn math (KaTeX's HTML, not its hidden MathML) is set in, read from the computed
 * style of each element with text of its own, and what `document.fonts` says of each.
 */
const facesUsed = (page: Page) =>
  page.evaluate(() => {
    const faceName = (style: CSSStyleDeclaration) => {
      const family = style.fontFamily.split(',')[0]!.trim().replace(/"/g, '');
      const bold = Number(style.fontWeight) >= 600 ? 'Bold' : '';
      const italic = style.fontStyle === 'italic' ? 'Italic' : '';
      return `${family}-${bold + italic || 'Regular'}`;
    };
    const used = new Set<string>();
    for (const element of document.querySelectorAll('.katex-html, .katex-html *')) {
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent !== '');
      if (ownText && element.getClientRects().length > 0) used.add(faceName(getComputedStyle(element)));
    }
    const status: Record<string, string[]> = {};
    for (const face of document.fonts) {
      const name = `${face.family.replace(/"/g, '')}-${(Number(face.weight) >= 600 ? 'Bold' : '') + (face.style === 'italic' ? 'Italic' : '') || 'Regular'}`;
      (status[name] ??= []).push(face.status);
    }
    return [...used].sort().map((face) => ({ face, status: status[face] ?? ['no @font-face'] }));
  });

test('every page with math has it from KaTeX: no error, and MathML beside every formula', async ({ page }) => {
  expect(withMath.length, 'pages with math: at least the eight chapters').toBeGreaterThanOrEqual(8);
  for (const path of sitePages()) {
    const html = builtPage(path);
    expect(html, `${path} shows a KaTeX error`).not.toContain('katex-error');
    expect(html, `${path} has math KaTeX did not render`).not.toMatch(/class="[^"]*\bmath-(inline|display)\b/);
  }
  for (const path of withMath) {
    await page.goto(path);
    const formulas = page.locator('.katex');
    expect(await formulas.count(), path).toBeGreaterThan(0);
    expect(await page.locator('.katex:not(:has(> .katex-mathml > math))').count(), `${path}: formulas without MathML`).toBe(0);
  }
});

for (const path of withMath) {
  test(`${path}: every KaTeX font its math needs has loaded and draws every character, and no other font file is fetched`, async ({ browser }) => {
    const { context, page, fetched } = await openPage(browser, path);
    await expect(page.locator('.katex-html').first(), 'math shows with scripts off').toBeVisible();
    const used = await facesUsed(page);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter(({ status }) => !status.every((s) => s === 'loaded')), 'faces the math needs that did not load').toEqual([]);
    expect([...new Set(fetched)].sort(), 'the font files fetched are exactly the faces the math uses').toEqual(used.map(({ face }) => face));

    // What Chromium actually drew each piece of text in: a KaTeX face, never a fallback for a character it lacks.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.katex-html span:not(:has(*))' });
    expect(nodeIds.length).toBeGreaterThan(0);
    const fallbacks = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts.filter((f) => !f.isCustomFont || !f.familyName.startsWith('KaTeX_')))
        fallbacks.add(`${(await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML.slice(0, 200)} in ${font.familyName}`);
    }
    expect([...fallbacks], 'math drawn in a fallback font').toEqual([]);
    await context.close();
  });
}

test('on a phone, a long display formula scrolls inside its own box, which has a tab stop and a name', async ({ browser }) => {
  const { context, page } = await openPage(browser, 'bias-variance-double-descent/', { width: 375, height: 740 });
  const boxes = page.locator('.katex-display');
  const wide = await boxes.evaluateAll((all) => all.filter((box) => box.scrollWidth > box.clientWidth + 1).length);
  expect(wide, 'display formulas wider than a phone').toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'the page itself scrolls sideways').toBeLessThanOrEqual(0);
  for (const box of await boxes.all()) {
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAttribute('role', 'group');
    await expect(box).toHaveAccessibleName('Equation');
  }
  await context.close();
});
