import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { stixTwoMath } from '../../src/math/font.ts';
import { builtPage, expect, sitePages, test } from './site.ts';

const fullFont = readFileSync(stixTwoMath);

const withMath = sitePages().filter((path) => builtPage(path).includes('<math'));

/**
 * `path` with every `<details>` open (hints and solutions have math too) and scripts off, so that
 * nothing moves; with `font: 'full'` the whole STIX Two Math stands in for the cut font.
 */
async function openPage(browser: Browser, path: string, font: 'cut' | 'full') {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let served = 0;
  await page.route('**/descent-math.*.woff2', async (route) => {
    served++;
    if (font === 'full') return route.fulfill({ body: fullFont, contentType: 'font/woff2', headers: { 'access-control-allow-origin': '*' } });
    return route.fulfill({ response: await route.fetch() });
  });
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, body: (await response.text()).replace(/<details\b/g, '<details open') });
  });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  expect(served, 'the page asked for the math font').toBeGreaterThan(0);
  return { context, page };
}

/** Each operator's text and rendered size: stretched brackets and large operators take their size from the font's MATH table. */
const operatorSizes = (page: import('@playwright/test').Page) =>
  page.locator('math mo').evaluateAll((mos) => mos.map((mo) => ({ text: mo.textContent, ...mo.getBoundingClientRect().toJSON() }) as { text: string; width: number; height: number }));

for (const path of withMath) {
  test(`${path}: the cut math font has every glyph and every size variant the page's formulas use`, async ({ browser }) => {
    const cut = await openPage(browser, path, 'cut');
    const cdp = await cut.context.newCDPSession(cut.page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'math :is(mi, mo, mn, mtext, ms)' });
    expect(nodeIds.length).toBeGreaterThan(0);
    const fallbacks: string[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts.filter((f) => !f.isCustomFont)) fallbacks.push(`${(await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML} in ${font.familyName}`);
    }
    expect(fallbacks, 'math drawn in a fallback font: the cut font lacks these characters').toEqual([]);
    const cutSizes = await operatorSizes(cut.page);
    await cut.context.close();

    const full = await openPage(browser, path, 'full');
    const fullSizes = await operatorSizes(full.page);
    await full.context.close();
    expect(cutSizes.length).toBe(fullSizes.length);
    const resized = cutSizes.flatMap((op, i) => {
      const reference = fullSizes[i]!;
      return Math.abs(op.width - reference.width) > 1 || Math.abs(op.height - reference.height) > 1 ? [`${i}: ${op.text} is ${op.width}×${op.height}, not ${reference.width}×${reference.height}`] : [];
    });
    expect(resized, 'operators sized differently than with the full font: the cut lost MATH variants').toEqual([]);
  });
}

test('a chapter preloads the cut math font and sets its formulas in it', async ({ page }) => {
  expect(withMath.length, 'pages with math: at least the eight chapters').toBeGreaterThanOrEqual(8);
  await page.goto('convexity/');
  await expect(page.locator('link[rel="preload"][as="font"][href*="descent-math."]')).toHaveCount(1);
  const status = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Descent Math').map((f) => f.status);
  });
  expect(status).toEqual(['loaded']);
  expect(await page.locator('math').first().evaluate((m) => getComputedStyle(m).fontFamily)).toMatch(/^"Descent Math"/);
});
