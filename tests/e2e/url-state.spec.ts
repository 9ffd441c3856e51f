import { expect, test } from './site.ts';

const chapter = 'gradient-descent-one-variable/';
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

test('a link with ?quartic-descent.lr=1 shows the oscillation and stops at the step limit', async ({ page }) => {
  await page.goto(`${chapter}?quartic-descent.lr=1#quartic-descent`);
  const figure = page.locator('#quartic-descent');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(page.locator(quantity('quartic-descent', 'status'))).toHaveAttribute('data-value', 'max-steps');
  await expect(page.locator(quantity('quartic-descent', 'x@2'))).toHaveText('5.0464');
  await expect(figure.getByLabel('Learning rate', { exact: true })).toHaveValue('1');
  await expect(figure).toBeInViewport();
});

test('an invalid URL value is named in a note and the default run is shown', async ({ page }) => {
  await page.goto(`${chapter}?quartic-descent.lr=abc#quartic-descent`);
  const figure = page.locator('#quartic-descent');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(figure.locator('.example-notes')).toContainText('quartic-descent.lr');
  await expect(figure.locator('.example-notes')).toContainText('must be a number');
  await expect(page.locator(quantity('quartic-descent', 'status'))).toHaveAttribute('data-value', 'converged');
  await expect(page.locator(quantity('quartic-descent', 'x@1'))).toHaveText('4.12');
});

test('a refused control value shows a message and keeps the last good run', async ({ page }) => {
  await page.goto(`${chapter}#quartic-descent`);
  const figure = page.locator('#quartic-descent');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  const rate = figure.getByLabel('Learning rate', { exact: true });
  const before = await page.locator(quantity('quartic-descent', 'x')).getAttribute('data-value');
  for (const bad of ['', 'abc', 'NaN', 'Infinity', '-1', '0', '1e308']) {
    await rate.fill(bad);
    await rate.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    await expect(page.locator(quantity('quartic-descent', 'x'))).toHaveAttribute('data-value', before!);
  }
  await rate.fill('1');
  await rate.press('Enter');
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await expect(page.locator(quantity('quartic-descent', 'status'))).toHaveAttribute('data-value', 'max-steps');
});

test('a diverging run says where it diverged and never shows NaN', async ({ page }) => {
  await page.goto(`${chapter}?quartic-descent.lr=10#quartic-descent`);
  const status = page.locator(quantity('quartic-descent', 'status'));
  await expect(status).toHaveAttribute('data-value', 'diverged');
  await expect(status).toHaveText(/^diverged at step \d+$/);
  expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
});

test('the keyboard alone changes a setting, and Copy link reproduces the state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${chapter}#quartic-descent`);
  const figure = page.locator('#quartic-descent');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await figure.getByLabel('Start x₀').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(figure.getByLabel('Start x₀')).toHaveValue('3.8');
  const x = await page.locator(quantity('quartic-descent', 'x@1')).getAttribute('data-value');
  await figure.getByRole('button', { name: 'Copy link' }).click();
  await expect(figure.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('quartic-descent.x0=3.8');
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('#quartic-descent')).toHaveAttribute('data-state', 'ready');
  await expect(other.locator(quantity('quartic-descent', 'x@1'))).toHaveAttribute('data-value', x!);
  // The pre-rendered plot is replaced by a live one drawn for the linked state.
  await expect(other.locator('#quartic-descent svg[role="img"]')).toHaveAttribute('aria-label', /starts at x = 3\.8/);
});
