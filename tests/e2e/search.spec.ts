import type { Page } from '@playwright/test';
import { expect, test } from './site.ts';

// Each result shows its links once its own fragment has loaded, so the first link on the page may
// belong to a lower-ranked result. This is the top result's page link, which comes before the links
// to its sections.
const topResult = (page: Page) => page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();

test('search finds a chapter and its result link opens it', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('learning rate');
  const result = topResult(page);
  // The first search loads Pagefind's WebAssembly and index: seconds on a busy machine.
  await expect(result).toBeVisible({ timeout: 15_000 });
  const title = (await result.textContent())!.trim();
  await result.click();
  await expect(page).toHaveURL(/\/gradient-descent-[a-z-]+\//);
  await expect(page.locator('h1')).toHaveText(title);
});

for (const [what, query, result] of [
  ['a worked example by its title', 'Erratic jumps', 'gradient-descent-one-variable'],
  ['an exercise by its text', 'the slope fixed at 0.64', 'gradient-descent-one-variable'],
  ['the progress page', 'export progress', 'progress'],
] as const) {
  test(`search finds ${what}`, async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(query);
    const link = topResult(page);
    await expect(link).toBeVisible({ timeout: 15_000 });
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toContain(`/${result}/`);
  });
}

test('the search box is built when a reader reaches for it, and Ctrl+K focuses it', async ({ page }) => {
  await page.goto('gradients/');
  await page.waitForLoadState('load');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('textbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('convex');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
});

test('what a reader types before the search box is built goes into it', async ({ page }) => {
  // A slow network: Pagefind's interface arrives a second after it is asked for.
  await page.route('**/_astro/ui-core.*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto('gradients/');
  await page.waitForLoadState('load');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('convexx');
  await page.keyboard.press('Backspace');
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('convex');
  await expect(topResult(page)).toBeVisible({ timeout: 15_000 });
  expect(new URL((await topResult(page).getAttribute('href'))!, page.url()).pathname).toContain('/convexity/');
});
