import { expect, hydrateExamples, test } from './site.ts';

test('a printed chapter shows plots, numbers, exercises and links to the live examples, and no controls', async ({ page, baseURL }) => {
  await page.goto('gradient-descent-one-variable/');
  await hydrateExamples(page);
  await page.emulateMedia({ media: 'print' });

  for (const hidden of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.example-controls', '.example-link', 'form[data-exercise]'])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  const visibleControls = await page.locator('input, button, select').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length);
  expect(visibleControls).toBe(0);

  const figure = page.locator('figure[data-example="quartic-descent"]');
  await expect(figure.locator('.example-plot svg')).toBeVisible();
  await expect(figure.locator('[data-quantity="x"]')).toBeVisible();
  const link = page.locator('astro-island:has(figure[data-example="quartic-descent"]) + .example-print-link');
  await expect(link).toBeVisible();
  const href = await link.locator('a').getAttribute('href');
  expect(new URL(href!).pathname).toBe(`${new URL(baseURL!).pathname}gradient-descent-one-variable/`);
  expect(new URL(href!).hash).toBe('#quartic-descent');
  await expect(link).toContainText(href!);

  await expect(page.locator('#exercise-one-step .exercise-solution')).toContainText('4.12');
  await expect(page.locator('#exercise-one-step .exercise-solution .katex-html').first()).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(link).toBeHidden();
});
