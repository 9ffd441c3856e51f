import type { Page } from '@playwright/test';
import { parseParam } from '../../src/widgets/params.ts';
import { expect, expectNoBrokenNumbers, hydrateExample, hydrateExamples, registry, sitePages, test } from './site.ts';

/** Empty, non-numeric, NaN, ±Infinity, 1e308, negative, zero and huge counts, on every control and URL parameter. */
const hostile = ['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308', '-1', '0', '1e9'];

async function shownValues(page: Page, id: string) {
  return page
    .locator(`figure[data-example="${id}"] [data-quantity]`)
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-quantity')}=${e.getAttribute('data-value')}`));
}

const pages = sitePages();
for (const entry of registry().values()) {
  const path = pages.find((p) => p.endsWith(`/${entry.page}/`))!;
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
        // A value in its own range may still be refused against the other settings (grid search's From
        // above To): then, as any refusal, with a message and the last good state kept.
        if (parseParam(spec, raw).ok && (await error.count()) === 0) {
          last = await shownValues(page, entry.id);
        } else {
          await expect(error, `${entry.id}.${spec.name} = “${raw}”`).toBeVisible();
          expect(await shownValues(page, entry.id), `${entry.id} after ${spec.name} = “${raw}”`).toEqual(last);
        }
        await expectNoBrokenNumbers(page);
      }
    }
  });
}

// One page load per hostile value and page, with that value in every parameter of every example on it.
for (const path of pages) {
  const entries = [...registry().values()].filter((entry) => path.endsWith(`/${entry.page}/`));
  if (entries.length === 0) continue;
  test(`${path}: hostile URL parameters are named in a note and each example shows its defaults`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(path);
    await hydrateExamples(page);
    const defaults = new Map<string, string[]>();
    for (const entry of entries) defaults.set(entry.id, await shownValues(page, entry.id));
    for (const raw of hostile) {
      const refused = entries.map((entry) => ({ entry, specs: entry.params.filter((spec) => !parseParam(spec, raw).ok) }));
      const query = new URLSearchParams(refused.flatMap(({ entry, specs }) => specs.map((spec) => [`${entry.id}.${spec.name}`, raw])));
      await page.goto(`${path}?${query}`);
      await hydrateExamples(page);
      for (const { entry, specs } of refused) {
        const notes = page.locator(`figure[data-example="${entry.id}"] .example-notes`);
        await expect(notes.locator('p'), `${entry.id} with “${raw}”`).toHaveCount(specs.length);
        for (const spec of specs) await expect(notes).toContainText(`${entry.id}.${spec.name}`);
        expect(await shownValues(page, entry.id), `${entry.id} with “${raw}” everywhere`).toEqual(defaults.get(entry.id));
      }
      await expectNoBrokenNumbers(page);
    }
  });
}

test('the examples on a page all hydrate after hostile links to each of them', async ({ page }) => {
  // One load per page of the book, each hydrating every figure on it.
  test.setTimeout(300_000);
  for (const path of pages) {
    await page.goto(`${path}?${new URLSearchParams([...registry().keys()].map((id) => [`${id}.lr`, 'NaN']))}`);
    await hydrateExamples(page);
    await expectNoBrokenNumbers(page);
  }
});
