import { expect, test } from './site.ts';

test('search finds a chapter and its result link opens it', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('learning rate');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.locator('h1')).toHaveText(/gradient descent/i);
});
