import type { Page } from '@playwright/test';
import { parseParam } from '../../src/widgets/params.ts';
import { expect, hydrateExample, hydrateExamples, registry, sitePages, test } from './site.ts';

/** Empty, non-numeric, NaN, ±Infinity, 1e308, negative, zero and huge counts, on every control and URL parameter. */
const hostile = ['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308', '-1', '0', '1e9'];

async function shownValues(page: Page, id: string) {
  return page
    .locator(`figure[data-example="${id}"] [data-quantity]`)
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-quantity')}=${e.getAttribute('data-value')}`));
}

async function expectNoBrokenNumbers(page: Page) {
  expect(await page.locator('main').innerText()).not.toMatch(/\bNaN\b|Infinity|undefined/);
}

const pages = sitePages();
for (const entry of registry().values()) {
  const path = pages.find((p) => p.endsWith(`/${entry.chapter}/`))!;
  const figure = (page: Page) => page.locator(`figure[data-example="${entry.id}"]`);

  test(`${entry.id}: every control refuses bad input with a message and keeps the last good state`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${path}#${entry.id}`);
    await hydrateExample(page, entry.id);
    let last = await shownValues(page, entry.id);
    for (const spec of entry.params.filter((p) => p.kind === 'number')) {
      const field = figure(page).locator(`#${entry.id}-${spec.name}`);
      for (const raw of hostile) {
        await field.fill(raw);
        await field.press('Enter');
        const error = figure(page).locator(`#${entry.id}-${spec.name}-error`);
        if (parseParam(spec, raw).ok) {
          await expect(error).toHaveCount(0);
          last = await shownValues(page, entry.id);
        } else {
          await expect(error, `${entry.id}.${spec.name} = “${raw}”`).toBeVisible();
          expect(await shownValues(page, entry.id), `${entry.id} after ${spec.name} = “${raw}”`).toEqual(last);
        }
        await expectNoBrokenNumbers(page);
      }
    }
  });

  test(`${entry.id}: hostile URL parameters are named in a note and the defaults are shown`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${path}#${entry.id}`);
    await hydrateExample(page, entry.id);
    const defaults = await shownValues(page, entry.id);
    for (const raw of hostile) {
      const refused = entry.params.filter((spec) => !parseParam(spec, raw).ok);
      if (refused.length === 0) continue;
      const query = new URLSearchParams(refused.map((spec) => [`${entry.id}.${spec.name}`, raw]));
      await page.goto(`${path}?${query}#${entry.id}`);
      await hydrateExample(page, entry.id);
      await expect(figure(page).locator('.example-notes p')).toHaveCount(refused.length);
      for (const spec of refused) await expect(figure(page).locator('.example-notes')).toContainText(`${entry.id}.${spec.name}`);
      expect(await shownValues(page, entry.id), `${entry.id} with “${raw}” everywhere`).toEqual(defaults);
      await expectNoBrokenNumbers(page);
    }
  });
}

test('the examples on a page all hydrate after hostile links to each of them', async ({ page }) => {
  for (const path of pages) {
    await page.goto(`${path}?${new URLSearchParams([...registry().keys()].map((id) => [`${id}.lr`, 'NaN']))}`);
    await hydrateExamples(page);
    await expectNoBrokenNumbers(page);
  }
});
