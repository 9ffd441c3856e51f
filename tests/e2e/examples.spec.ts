import type { Page } from '@playwright/test';
import { formatNumber } from '../../src/widgets/format.ts';
import { expect, registry as readRegistry, hydrateExamples, sitePages, test, watchProblems } from './site.ts';

const registry = readRegistry();

/** Checks every documented number of every example on the page, in the data and in the text readers see. */
async function checkDocumentedNumbers(page: Page) {
  const ids = await page.locator('figure[data-example]').evaluateAll((els) => els.map((e) => e.getAttribute('data-example')!));
  for (const id of ids) {
    const documentedHere = registry.get(id)?.documented;
    expect(documentedHere, `${id} is in the registry`).toBeDefined();
    // One round trip per figure: a page with many examples stays quick to check.
    const shown = await page
      .locator(`figure[data-example="${id}"] [data-quantity]`)
      .evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('data-quantity')!, value: e.getAttribute('data-value')!, text: e.textContent! })));
    for (const documented of documentedHere!) {
      const matches = shown.filter((q) => q.name === documented.name);
      expect(matches, `${id} shows ${documented.name} once`).toHaveLength(1);
      const { value, text } = matches[0]!;
      if (typeof documented.value === 'string') {
        expect(value, `${id} ${documented.name}`).toBe(documented.value);
      } else {
        expect(Math.abs(Number(value) - documented.value), `${id} ${documented.name} = ${value}`).toBeLessThanOrEqual(documented.tolerance);
        expect(text, `${id} ${documented.name} as printed`).toBe(formatNumber(Number(value)));
      }
    }
  }
  return ids;
}

for (const path of sitePages()) {
  test.describe(`worked examples on ${path}`, () => {
    test('are shown with their documented numbers and a plot before any script runs', async ({ browser }) => {
      // A chapter with a dozen live figures takes a while to check, more so on a busy machine.
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(path);
      const ids = await checkDocumentedNumbers(page);
      expect(problems).toEqual([]);
      for (const id of ids) {
        await expect(page.locator(`figure[data-example="${id}"]`)).toHaveAttribute('data-state', 'static');
        const plots = page.locator(`figure[data-example="${id}"] svg[role="img"]`);
        expect(await plots.count(), `${id} has a plot`).toBeGreaterThan(0);
        for (const label of await plots.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label') ?? '')))
          expect(label.length, `${id}'s plot has a text alternative`).toBeGreaterThan(20);
      }
      await context.close();
    });

    test('show the same numbers after they hydrate and run in the browser', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      await hydrateExamples(page);
      await checkDocumentedNumbers(page);
      expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
    });
  });
}
