import { expect, hydrateExample, test } from './site.ts';

const chapter = 'derivatives/';
// The quartic's derivative, written out independently of the book's definition.
const quarticSlope = (x: number) => (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10;
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

test('typed guesses are tried in order, the best is kept, and the list goes into the address', async ({ page }) => {
  await page.goto(`${chapter}#guess-and-check`);
  const figure = await hydrateExample(page, 'guess-and-check');
  const field = figure.getByLabel('Guesses for x');
  await field.fill('6, 7, 3, 5, 5.3');
  await field.press('Enter');
  await expect(page.locator(quantity('guess-and-check', 'best'))).toHaveText('5.3');
  await expect(page.locator(quantity('guess-and-check', 'count'))).toHaveText('5');
  await expect(figure.locator('tbody tr')).toHaveCount(5);
  await expect.poll(() => page.url()).toContain('guess-and-check.guesses=6,7,3,5,5.3');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /5 guesses marked/);

  for (const bad of ['', '6, abc', '1e308', Array.from({ length: 51 }, () => '1').join(',')]) {
    await field.fill(bad);
    await field.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    await expect(page.locator(quantity('guess-and-check', 'best'))).toHaveText('5.3');
  }
});

test('a grid that misses the minimum settles on the end of its range', async ({ page }) => {
  await page.goto(`${chapter}?grid-search.lo=6&grid-search.hi=9#grid-search`);
  const figure = await hydrateExample(page, 'grid-search');
  await expect(page.locator(quantity('grid-search', 'best'))).toHaveAttribute('data-value', '6');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /the best is x = 6,/);
});

test('a huge number of guesses is refused and the last grid stays', async ({ page }) => {
  await page.goto(`${chapter}?grid-search-fine.n=100000#grid-search-fine`);
  const figure = await hydrateExample(page, 'grid-search-fine');
  await expect(figure.locator('.example-notes')).toContainText('at most 2000');
  await expect(page.locator(quantity('grid-search-fine', 'count'))).toHaveText('200');
  const count = figure.getByLabel('Number of guesses');
  await count.fill('5');
  await count.press('Enter');
  await expect(page.locator(quantity('grid-search-fine', 'count'))).toHaveText('5');
  await count.fill('0');
  await count.press('Enter');
  await expect(figure.getByRole('alert')).toContainText('at least 1');
  await expect(page.locator(quantity('grid-search-fine', 'count'))).toHaveText('5');
});

test('the arrow keys move the tangent point and the slope, direction and address follow', async ({ page }) => {
  await page.goto(`${chapter}#tangent-explorer`);
  const figure = await hydrateExample(page, 'tangent-explorer');
  const slider = figure.getByLabel('x (slider)');
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(figure.getByLabel('x', { exact: true })).toHaveValue('4.4');
  await expect(page.locator(quantity('tangent-explorer', 'slope'))).toHaveText('-0.6464');
  await expect(page.locator(quantity('tangent-explorer', 'direction'))).toHaveText('go right');
  await expect.poll(() => page.url()).toContain('tangent-explorer.x=4.4');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /tangent line at x = 4\.4, slope -0\.6464/);

  const field = figure.getByLabel('x', { exact: true });
  await field.fill('6');
  await field.press('Enter');
  await expect(page.locator(quantity('tangent-explorer', 'slope'))).toHaveText('2.4');
  await expect(page.locator(quantity('tangent-explorer', 'direction'))).toHaveText('go left');
  await expect(slider).toHaveValue('6');
});

test('a linked tangent point is shown, and one outside the drawn range is refused', async ({ page }) => {
  await page.goto(`${chapter}?tangent-explorer.x=1.4&omega.x=0#omega`);
  const omega = await hydrateExample(page, 'omega');
  await expect(omega.locator('.example-notes')).toContainText('omega.x');
  await expect(omega.getByLabel('x', { exact: true })).toHaveValue('0.3');
  await hydrateExample(page, 'tangent-explorer');
  await expect(page.locator(quantity('tangent-explorer', 'direction'))).toHaveText('go right');
  await expect(page.locator(quantity('tangent-explorer', 'slope'))).toHaveAttribute('data-value', String(quarticSlope(1.4)));
  expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
});
