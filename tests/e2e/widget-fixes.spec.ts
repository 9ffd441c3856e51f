import type { Page } from '@playwright/test';
import { expect, hydrateExample, pageOf, test } from './site.ts';

const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

test('grid search refuses From above To, with a message, and keeps the last good guesses', async ({ page }) => {
  await page.goto(pageOf('grid-search'));
  const figure = await hydrateExample(page, 'grid-search');
  const best = await page.locator(quantity('grid-search', 'best')).getAttribute('data-value');
  const from = figure.getByLabel('From x', { exact: true });
  await from.fill('10');
  await from.press('Enter');
  await expect(figure.getByRole('alert')).toHaveText(/From x must not be above To x\. Still showing the last valid value\./);
  await expect(page.locator(quantity('grid-search', 'best'))).toHaveAttribute('data-value', best!);
  await expect(figure.locator('.run-caption')).toHaveText(/from x = 1 to 7/);
  const to = figure.getByLabel('To x', { exact: true });
  await to.fill('12');
  await to.press('Enter');
  await expect(figure.locator('.run-caption')).toHaveText(/from x = 1 to 12/);
});

test('grid search ignores a link whose From is above its To, and says why', async ({ page }) => {
  await page.goto(`${pageOf('grid-search')}?grid-search.lo=10&grid-search.hi=7#grid-search`);
  const figure = await hydrateExample(page, 'grid-search');
  await expect(figure.locator('.example-notes')).toContainText('From x must not be above To x');
  await expect(figure.locator('.run-caption')).toHaveText(/from x = 1 to 7/);
});

/** Clicks the contour map of a descent-2d figure at the point (x, y) of its window. */
async function clickMap(page: Page, id: string, x: number, y: number, window: { x: [number, number]; y: [number, number] }) {
  const svg = page.locator(`figure[data-example="${id}"] .example-plot svg`).first();
  const box = (await svg.boundingBox())!;
  // The frame is the rectangle that the plot's marks are clipped to, in the SVG's own units.
  const frame = await svg.evaluate((el: SVGSVGElement) => {
    const rect = el.querySelector('clipPath rect')!;
    const view = el.viewBox.baseVal;
    return { view: { width: view.width, height: view.height }, x: +rect.getAttribute('x')!, y: +rect.getAttribute('y')!, width: +rect.getAttribute('width')!, height: +rect.getAttribute('height')! };
  });
  const u = frame.x + ((x - window.x[0]) / (window.x[1] - window.x[0])) * frame.width;
  const v = frame.y + ((window.y[1] - y) / (window.y[1] - window.y[0])) * frame.height;
  await page.mouse.click(box.x + (u * box.width) / frame.view.width, box.y + (v * box.height) / frame.view.height);
}

test('a click on the heat-descent map sets the start there, as the keyboard does in the start field', async ({ page }) => {
  await page.goto(pageOf('heat-descent'));
  const figure = await hydrateExample(page, 'heat-descent');
  const caption = figure.locator('.run-caption');
  await clickMap(page, 'heat-descent', 5, 2, { x: [0, 6], y: [0, 6] });
  await expect(figure.getByLabel('Start (x, y)')).toHaveValue('5,2');
  await expect(caption).toHaveText(/^From \(x, y\) = \(5, 2\) at rate 0\.05 /);
  await expect(page.locator(quantity('heat-descent', 'x@0'))).toHaveAttribute('data-value', '5');
  await expect(page.locator(quantity('heat-descent', 'y@0'))).toHaveAttribute('data-value', '2');
  await expect(page).toHaveURL(/heat-descent\.x0=5,2/);

  const start = figure.getByLabel('Start (x, y)');
  await start.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1, 5');
  await page.keyboard.press('Enter');
  await expect(caption).toHaveText(/^From \(x, y\) = \(1, 5\) at rate 0\.05 /);
});

test('Copy link says that it copied, and the message goes once the settings change', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(pageOf('quartic-descent'));
  const figure = await hydrateExample(page, 'quartic-descent');
  const status = figure.locator('.example-link [role="status"]');
  await figure.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText('✓ Link copied: it reproduces exactly this state.');
  await expect(status).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#quartic-descent');
  const rate = figure.getByLabel('Learning rate', { exact: true });
  await rate.fill('0.2');
  await rate.press('Enter');
  await expect(status).toHaveText('');
});

for (const [how, writeText] of [
  ['refuses', () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))],
  ['never answers', () => new Promise(() => {})],
] as const) {
  test(`Copy link says so honestly when the clipboard ${how}, and offers the link selected`, async ({ page }) => {
    await page.addInitScript(`Object.defineProperty(navigator, 'clipboard', { value: { writeText: ${writeText.toString()} } });`);
    await page.goto(`${pageOf('quartic-descent')}?quartic-descent.lr=0.2#quartic-descent`);
    const figure = await hydrateExample(page, 'quartic-descent');
    await figure.getByRole('button', { name: 'Copy link' }).click();
    await expect(figure.locator('.example-link [role="status"]')).toHaveText(/^Could not copy: this browser refused the clipboard\./);
    const field = figure.getByRole('textbox', { name: 'Link to this state' });
    await expect(field).toHaveValue(/quartic-descent\.lr=0\.2/);
    await expect(field).toBeFocused();
  });
}

test("the iterate table's step column says it is α·f′(x_{k−1}), subtracted, and its cells are", async ({ page }) => {
  await page.goto(pageOf('quartic-descent'));
  const figure = await hydrateExample(page, 'quartic-descent');
  await expect(figure.getByRole('columnheader', { name: 'step α·f′(xk−1) (subtracted)' })).toBeVisible();
  const value = async (name: string) => Number(await page.locator(quantity('quartic-descent', name)).getAttribute('data-value'));
  const rate = 0.3;
  for (let k = 1; k <= 5; k++) {
    const step = await value(`step@${k}`);
    expect(step).toBeCloseTo(rate * (await value(`df@${k - 1}`)), 12);
    expect(await value(`x@${k}`)).toBeCloseTo((await value(`x@${k - 1}`)) - step, 12);
  }
});

for (const point of ['', '?paraboloid-slices.x=4.5&paraboloid-slices.y=-4.5']) {
  test(`the paraboloid's slices draw their tangent lines whole${point ? ' near a corner' : ''}`, async ({ page }) => {
    await page.goto(`${pageOf('paraboloid-slices')}${point}#paraboloid-slices`);
    await hydrateExample(page, 'paraboloid-slices');
    const svg = page.locator('figure[data-example="paraboloid-slices"] .example-plot svg').first();
    const lines = await svg.evaluate((root) =>
      [...root.querySelectorAll('[stroke-width="2.5"]')].map((mark) => {
        const path = mark.querySelector('path') ?? mark;
        const clip = mark.closest('[clip-path]')?.getAttribute('clip-path')?.match(/#([^)"]+)/)?.[1];
        const rect = clip ? root.querySelector(`#${CSS.escape(clip)} rect`) : null;
        const box = (path as SVGGraphicsElement).getBBox();
        const frame = rect && { x: +rect.getAttribute('x')!, y: +rect.getAttribute('y')!, width: +rect.getAttribute('width')!, height: +rect.getAttribute('height')! };
        return { box: { x: box.x, y: box.y, width: box.width, height: box.height }, frame };
      }),
    );
    expect(lines).toHaveLength(2);
    for (const { box, frame } of lines) {
      expect(frame).not.toBeNull();
      expect(box.width).toBeGreaterThan(10);
      expect(box.x).toBeGreaterThanOrEqual(frame!.x - 0.5);
      expect(box.y).toBeGreaterThanOrEqual(frame!.y - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(frame!.x + frame!.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(frame!.y + frame!.height + 0.5);
    }
  });
}
