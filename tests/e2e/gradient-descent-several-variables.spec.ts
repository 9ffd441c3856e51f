import type { Page } from '@playwright/test';
import { chapterPaths, examplePath, expect as baseExpect, hydrateExamples, test } from './site.ts';

// A page of a dozen live figures hydrates slowly on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

/**
 * Checks that every dot the plot draws for an iterate sits on the values of the table row with
 * the same k, and that every table row inside the window has its dot.
 */
async function plotMatchesTable(page: Page, id: string) {
  const figure = page.locator(`#${id}`);
  const dots = await figure.locator('svg circle[data-k]').evaluateAll((els) =>
    els.map((e) => ({ k: e.getAttribute('data-k')!, x0: e.getAttribute('data-x0')!, x1: e.getAttribute('data-x1')! })),
  );
  const rows = await figure.locator('.example-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const values = [...tr.querySelectorAll('[data-value]')].map((v) => v.getAttribute('data-value')!);
      return { k: tr.querySelector('th')!.textContent!, x0: values[0]!, x1: values[1]! };
    }),
  );
  expect(dots.length, `${id} draws dots`).toBeGreaterThan(0);
  for (const dot of dots) expect(rows, `${id} dot ${dot.k}`).toContainEqual(dot);
  return { dots, rows };
}

test('every plot draws its table’s iterates, pre-rendered and live', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let checked = 0;
  for (const path of chapterPaths('gradient-descent-several-variables')) {
    await page.goto(path);
    const ids = await page.locator('figure[data-example]').evaluateAll((els) => els.map((e) => e.id));
    for (const id of ids) {
      const { dots, rows } = await plotMatchesTable(page, id);
      // The default runs all start and stay inside their windows until the table's last row, except the divergences.
      if (!id.endsWith('diverges')) expect(dots.length, id).toBe(rows.length);
    }
    checked += ids.length;
  }
  expect(checked).toBeGreaterThan(5);
  await context.close();
});

test('a changed start redraws the plot live, and plot and table still agree step for step', async ({ page }) => {
  await page.goto(`${examplePath('intercept-and-slope')}?intercept-and-slope.x0=1.2,0.3&intercept-and-slope.lr=0.02#intercept-and-slope`);
  const figure = page.locator('#intercept-and-slope');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(figure.getByLabel('Start (intercept, slope)')).toHaveValue('1.2,0.3');
  await expect(page.locator(quantity('intercept-and-slope', 'intercept@0'))).toHaveText('1.2');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /starts at \(1\.2, 0\.3\)/);
  const { dots, rows } = await plotMatchesTable(page, 'intercept-and-slope');
  expect(dots.length).toBe(rows.length);
});

test('switching the stop rule to the gradient runs on to least squares', async ({ page }) => {
  await page.goto(`${examplePath('intercept-and-slope')}#intercept-and-slope`);
  const figure = page.locator('#intercept-and-slope');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  const before = Number(await page.locator(quantity('intercept-and-slope', 'distance')).getAttribute('data-value'));
  await figure.getByLabel('Stop when').selectOption('gradient');
  await figure.getByLabel('Tolerance').fill('0.000001');
  await figure.getByLabel('Tolerance').press('Enter');
  await expect(page.locator(quantity('intercept-and-slope', 'status'))).toHaveAttribute('data-value', 'converged');
  const distance = async () => Number(await page.locator(quantity('intercept-and-slope', 'distance')).getAttribute('data-value'));
  await expect.poll(distance).toBeLessThan(before / 1000);
  await expect.poll(() => page.url()).toContain('intercept-and-slope.stop=gradient');
  await expect.poll(() => page.url()).toContain('intercept-and-slope.tol=0.000001');
});

test('a refused start shows a message and keeps the last good run', async ({ page }) => {
  await page.goto(`${examplePath('heat-descent')}#heat-descent`);
  const figure = page.locator('#heat-descent');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  const start = figure.getByLabel('Start (x, y)');
  const before = await page.locator(quantity('heat-descent', 'x@1')).getAttribute('data-value');
  for (const bad of ['', '1', '1,abc', 'NaN,1', '1,Infinity', '1e308,1', '1,2,3']) {
    await start.fill(bad);
    await start.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    await expect(page.locator(quantity('heat-descent', 'x@1'))).toHaveAttribute('data-value', before!);
  }
  await start.fill('5.5,1');
  await start.press('Enter');
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await expect(page.locator(quantity('heat-descent', 'x@0'))).toHaveText('5.5');
  await expect(page.locator(quantity('heat-descent', 'status'))).toHaveAttribute('data-value', 'converged');
});

test('an invalid start in the URL is named in a note and the default run is shown', async ({ page }) => {
  await page.goto(`${examplePath('heat-descent')}?heat-descent.x0=0.5#heat-descent`);
  const figure = page.locator('#heat-descent');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(figure.locator('.example-notes')).toContainText('heat-descent.x0');
  await expect(figure.locator('.example-notes')).toContainText('2 numbers separated by commas');
  await expect(page.locator(quantity('heat-descent', 'x@1'))).toHaveText('0.50567');
});

test('divergence is reported with its step and never as NaN', async ({ page }) => {
  for (const id of ['intercept-and-slope-diverges', 'tips-line-diverges', 'cars-mpg-slow']) {
    await page.goto(`${examplePath(id)}?cars-mpg-slow.lr=0.1#${id}`);
    const figure = page.locator(`#${id}`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-state', 'ready');
    const status = page.locator(quantity(id, 'status'));
    await expect(status).toHaveAttribute('data-value', 'diverged');
    await expect(status).toHaveText(/^diverged at step \d+$/);
    await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /diverges at step \d+/);
    await hydrateExamples(page);
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  }
});

test('the keyboard alone changes the rate, and the address follows', async ({ page }) => {
  await page.goto(`${examplePath('cars-mpg')}#cars-mpg`);
  const figure = page.locator('#cars-mpg');
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await figure.getByLabel('Start (w, b)').focus();
  await page.keyboard.press('Tab');
  await expect(figure.getByLabel('Learning rate')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(figure.getByLabel('Learning rate')).toHaveValue('0.011');
  await expect(page.locator(quantity('cars-mpg', 'w@1'))).toHaveText('1.316889');
  await expect.poll(() => page.url()).toContain('cars-mpg.lr=0.011');
  await page.reload();
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(page.locator(quantity('cars-mpg', 'w@1'))).toHaveText('1.316889');
});
