import type { Page } from '@playwright/test';
import { builtPage, examplePath, expect, hydrateExample, registry, test } from './site.ts';

/** Every example whose figure links to the playground, from the registry the build wrote. */
const linked = [...registry().values()].filter((e) => e.playground !== undefined);

/**
 * The run the playground reproduces, as the figure names it: the example's own `iterations` and
 * `status`; a comparison's first run (`run1.`); a race's gradient descent (`gd.`).
 */
const ownPrefixes = ['', 'run1.', 'gd.'];

async function ending(page: Page, id: string) {
  const figure = page.locator(`figure[data-example="${id}"]`);
  for (const prefix of ownPrefixes) {
    const iterations = figure.locator(`[data-quantity="${prefix}iterations"]`);
    if ((await iterations.count()) === 0) continue;
    return {
      iterations: await iterations.first().getAttribute('data-value'),
      status: await figure.locator(`[data-quantity="${prefix}status"]`).first().getAttribute('data-value'),
    };
  }
  throw new Error(`${id} shows no iterations and status that the playground reproduces.`);
}

/** Follows the figure's "Open in the playground" and gives the playground's iterations and status once it has run. */
async function followLink(page: Page, id: string) {
  await page.locator(`figure[data-example="${id}"]`).getByRole('link', { name: /^Open in the playground/ }).click();
  await expect(page).toHaveURL(/\/playground\/\?/);
  const playground = await hydrateExample(page, 'playground');
  await expect(playground.locator('#playground-f-error')).toHaveCount(0);
  return ending(page, 'playground');
}

test('links: “Open in the playground” from every descent example reproduces its iterations and status', async ({ page }) => {
  test.setTimeout(60_000 + linked.length * 30_000);
  expect(linked.length, 'examples with a playground link').toBeGreaterThan(0);
  for (const entry of linked) {
    const path = examplePath(entry.id);
    // Pre-rendered with the defaults' link, under the site's base.
    expect(builtPage(`${new URL(process.env.BASE ?? '/', 'http://x').pathname}${path}`), entry.id).toContain(`href="${entry.playground!.replaceAll('&', '&amp;')}"`);
    await page.goto(`${path}#${entry.id}`);
    await hydrateExample(page, entry.id);
    const own = await ending(page, entry.id);
    expect(await followLink(page, entry.id), entry.id).toEqual(own);
  }
});

test('links: changing a chapter example’s setting changes its playground link', async ({ page }) => {
  const id = 'quartic-descent';
  await page.goto(`${examplePath(id)}#${id}`);
  const figure = await hydrateExample(page, id);
  const link = figure.getByRole('link', { name: /^Open in the playground/ });
  const before = await link.getAttribute('href');
  const rate = figure.getByLabel('Learning rate', { exact: true });
  await rate.fill('1');
  await rate.press('Enter');
  await expect(figure.locator('[data-quantity="status"]')).toHaveAttribute('data-value', 'max-steps');
  await expect(link).not.toHaveAttribute('href', before!);
  await expect(link).toHaveAttribute('href', /playground\.lr=1&/);
  const own = await ending(page, id);
  expect(await followLink(page, id)).toEqual(own);
});
