import { slicesLayout } from '../../src/widgets/slices/model.ts';
import { expect, hydrateExample, test } from './site.ts';

const chapter = 'partial-derivatives/';
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

test('a linked point shows its slices’ slopes and tangent plane', async ({ page }) => {
  await page.goto(`${chapter}?paraboloid-slices.x=-3&paraboloid-slices.y=1#paraboloid-slices`);
  const figure = await hydrateExample(page, 'paraboloid-slices');
  await expect(page.locator(quantity('paraboloid-slices', 'fx'))).toHaveText('-6');
  await expect(page.locator(quantity('paraboloid-slices', 'fy'))).toHaveText('2');
  await expect(figure).toContainText('z = 10 − 6(x + 3) + 2(y − 1)');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /point \(-3, 1\)/);
});

test('the arrow keys move the point one coordinate at a time', async ({ page }) => {
  await page.goto(`${chapter}#product-slices`);
  const figure = await hydrateExample(page, 'product-slices');
  await figure.getByLabel('Point y').focus();
  await page.keyboard.press('ArrowDown');
  await expect(figure.getByLabel('Point y')).toHaveValue('1.9');
  // ∂f/∂x = 6xy³ at (1, 1.9).
  await expect(page.locator(quantity('product-slices', 'fx'))).toHaveAttribute('data-value', String(6 * 1.9 ** 3));
  await expect.poll(() => page.url()).toContain('product-slices.y=1.9');
});

test('clicking the map moves the point there', async ({ page }) => {
  await page.goto(`${chapter}#paraboloid-slices`);
  const figure = await hydrateExample(page, 'paraboloid-slices');
  // The centre of the map's plotting area, from the layout the plot is drawn with (the bowl spans [−5, 5]²).
  const { map, width } = slicesLayout({ domain: { x: [-5, 5], y: [-5, 5] } });
  const box = (await figure.locator('svg[role="img"]').boundingBox())!;
  const scale = box.width / width;
  await page.mouse.click(box.x + (map.left + map.width / 2) * scale, box.y + (map.top + map.height / 2) * scale);
  await expect(figure.getByLabel('Point x')).toHaveValue('0');
  await expect(figure.getByLabel('Point y')).toHaveValue('0');
  await expect(page.locator(quantity('paraboloid-slices', 'f'))).toHaveText('0');
  await expect.poll(() => page.url()).toContain('paraboloid-slices.x=0');
});

test('a refused coordinate shows a message and keeps the last point', async ({ page }) => {
  await page.goto(`${chapter}#paraboloid-slices`);
  const figure = await hydrateExample(page, 'paraboloid-slices');
  const x = figure.getByLabel('Point x');
  for (const bad of ['', 'abc', 'NaN', '-Infinity', '1e308', '6']) {
    await x.fill(bad);
    await x.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    await expect(page.locator(quantity('paraboloid-slices', 'fx'))).toHaveText('4');
  }
});
