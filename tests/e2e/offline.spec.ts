import { expect, hydrateExample, test } from './site.ts';

test.use({ serviceWorkers: 'allow' });

test('after a first visit the whole book reads offline, live examples and exercises included', async ({ page, context }) => {
  await page.goto('');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames).toHaveLength(1);
  expect(cacheNames[0]).toMatch(/^descent-[0-9a-f]{16}$/);

  await context.setOffline(true);

  // The network is really gone for the worker too: a file it never cached does not load.
  const other = await context.newPage();
  await other.goto('');
  expect(await other.evaluate(() => fetch('sitemap-index.xml').then(() => 'loaded', () => 'failed'))).toBe('failed');
  expect((await other.goto('no-such-page/'))?.status()).toBe(404);
  await other.close();

  await page.goto('gradient-descent-one-variable/?quartic-descent.lr=0.1#quartic-descent');
  await expect(page.locator('.chapter-part')).toContainText('Gradient descent in one variable');
  const figure = await hydrateExample(page, 'quartic-descent');
  await expect(figure.locator('[data-quantity="status"]')).toHaveAttribute('data-value', /\S/);
  await expect(figure.locator('.example-plot svg')).toBeVisible();
  await expect(page.locator('.num[data-quote="quartic-descent:x@1"]')).toHaveText('4.12');

  const form = page.locator('form[data-exercise="exercise-one-step"]');
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-state', 'ready');
  await form.getByRole('textbox').fill('4.12');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form).toHaveAttribute('data-result', 'correct');

  for (const [path, heading] of [
    ['examples/', 'Index of worked examples'],
    ['errata/', /Errata/i],
    ['progress/', 'Your progress'],
    ['', 'Descent'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(heading);
  }
  await context.setOffline(false);
});
