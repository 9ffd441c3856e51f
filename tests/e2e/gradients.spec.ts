import { expect, hydrateExample, test } from './site.ts';

const chapter = 'gradients/';
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

test('the keyboard moves the point and the gradient follows', async ({ page }) => {
  await page.goto(`${chapter}#gradient-at-point`);
  const figure = await hydrateExample(page, 'gradient-at-point');
  await figure.getByLabel('Point x').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(quantity('gradient-at-point', 'fx'))).toHaveText('4.2');
  await expect(page.locator(quantity('gradient-at-point', 'fy'))).toHaveText('6');
  await expect.poll(() => page.url()).toContain('gradient-at-point.x=2.1');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /At the chosen point \(2\.1, 3\) the gradient is \(4\.2, 6\)/);
});

test('on the wall x = 0 of the hot room both partials vanish', async ({ page }) => {
  await page.goto(`${chapter}?heat.x=0&heat.y=2.7#heat`);
  await hydrateExample(page, 'heat');
  for (const name of ['fx', 'fy']) await expect(page.locator(quantity('heat', name))).toHaveAttribute('data-value', /^-?0$/);
  await expect(page.locator(quantity('heat', 'f'))).toHaveText('85');
});

test('the power-line point is named m and b in the address, and the solution has zero gradient', async ({ page }) => {
  await page.goto(`${chapter}?power-lines.m=0.5&power-lines.b=2#power-lines`);
  const figure = await hydrateExample(page, 'power-lines');
  // ∇E = (28m + 12b − 42, 12m + 6b − 20) at (0.5, 2).
  await expect(page.locator(quantity('power-lines', 'fx'))).toHaveText('-4');
  await expect(page.locator(quantity('power-lines', 'fy'))).toHaveText('-2');
  await expect(figure).toContainText('∂E/∂m = 28m + 12b − 42 = 0');
  await expect(page.locator(quantity('power-lines', 'candidate@1.fx'))).toHaveText('0');
  await figure.getByLabel('Point b').fill('x');
  await figure.getByLabel('Point b').press('Enter');
  await expect(figure.getByRole('alert')).toContainText('Point b must be a number');
  await expect(page.locator(quantity('power-lines', 'fx'))).toHaveText('-4');
});

test('an unknown or out-of-range setting in the address is named and ignored', async ({ page }) => {
  await page.goto(`${chapter}?power-lines.x=1&power-lines.m=99#power-lines`);
  const notes = page.locator('#power-lines .example-notes');
  await expect(notes).toContainText('no setting called “x”');
  await expect(notes).toContainText('power-lines.m');
  await expect(page.locator(quantity('power-lines', 'f'))).toHaveText('5');
});
