import type { Locator, Page } from '@playwright/test';
import { expect as baseExpect, test } from './site.ts';

// Long runs (a million points in a worker) on a machine shared with other jobs.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const chapter = 'stochastic-gradient-descent/';
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

async function open(page: Page, query: string, id: string): Promise<Locator> {
  await page.goto(`${chapter}${query}#${id}`);
  const figure = page.locator(`#${id}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  return figure;
}

/** The full-precision values of the named quantities of an example. */
async function values(page: Page, id: string, names: string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(names.map(async (name) => [name, await page.locator(quantity(id, name)).getAttribute('data-value')] as const));
  return Object.fromEntries(entries.map(([name, value]) => [name, value!]));
}

/** The registry's documented numbers of one example, as the build wrote them. */
async function documented(page: Page, id: string): Promise<{ name: string; value: number | string; tolerance: number }[]> {
  const json = (await (await page.request.get('examples.json')).json()) as { examples: { id: string; documented: [] }[] };
  return json.examples.find((e) => e.id === id)!.documented;
}

test('a seeded mini-batch run comes back with the same numbers after a reload', async ({ page }) => {
  const names = ['intercept', 'slope', 'f', 'intercept@100'];
  await open(page, '?tips-minibatch.seed=7&tips-minibatch.epochs=2000', 'tips-minibatch');
  const first = await values(page, 'tips-minibatch', names);
  // Let the live plot's module finish loading: a reload would abort it, and the page watcher counts that.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.locator('#tips-minibatch')).toHaveAttribute('data-state', 'ready');
  expect(await values(page, 'tips-minibatch', names)).toEqual(first);
  // Another seed is another run.
  await open(page, '?tips-minibatch.seed=8&tips-minibatch.epochs=2000', 'tips-minibatch');
  expect((await values(page, 'tips-minibatch', names)).intercept).not.toBe(first.intercept);
});

test('the batch-size slider works from the keyboard, and batch size 244 is full-batch descent exactly', async ({ page }) => {
  const figure = await open(page, '', 'tips-batch-size');
  const slider = figure.getByRole('slider', { name: 'Batch size (rows)' });
  await expect(slider).toHaveValue('32');
  await expect(page.locator(quantity('tips-batch-size', 'identical'))).toHaveAttribute('data-value', 'different');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('244');
  await expect(figure.getByRole('textbox', { name: 'Batch size (rows)' })).toHaveValue('244');
  await expect(page.locator(quantity('tips-batch-size', 'identical'))).toHaveAttribute('data-value', 'identical');
  await expect(page.locator(quantity('tips-batch-size', 'identical'))).toHaveText('identical, bit for bit');
  await expect(page.locator(quantity('tips-batch-size', 'updates-per-epoch'))).toHaveAttribute('data-value', '1');
  const ends = await values(page, 'tips-batch-size', ['intercept', 'slope', 'f', 'full.intercept', 'full.slope', 'full.f']);
  expect([ends.intercept, ends.slope, ends.f]).toEqual([ends['full.intercept'], ends['full.slope'], ends['full.f']]);
  await expect.poll(() => page.url()).toContain('tips-batch-size.batch=244');
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('1');
  await expect(page.locator(quantity('tips-batch-size', 'updates-per-epoch'))).toHaveAttribute('data-value', '244');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(quantity('tips-batch-size', 'rows-per-update'))).toHaveAttribute('data-value', '2');
  // The number field and the slider are one setting: a typed value moves the slider, a refused one does not.
  const field = figure.getByRole('textbox', { name: 'Batch size (rows)' });
  await field.fill('61');
  await field.press('Enter');
  await expect(slider).toHaveValue('61');
  await field.fill('245');
  await field.press('Enter');
  await expect(figure.getByRole('alert')).toBeVisible();
  await expect(slider).toHaveValue('61');
  await expect(page.locator(quantity('tips-batch-size', 'rows-per-update'))).toHaveAttribute('data-value', '61');
});

test('the split figure reshuffles with its seed, keeps the state in the address and refuses bad values', async ({ page }) => {
  const figure = await open(page, '', 'batch-split');
  const order = page.locator(quantity('batch-split', 'order'));
  const first = await order.getAttribute('data-value');
  const seed = figure.getByLabel('Seed');
  await seed.focus();
  await page.keyboard.press('ArrowUp');
  await expect(seed).toHaveValue('2');
  await expect(order).not.toHaveAttribute('data-value', first!);
  const second = await order.getAttribute('data-value');
  await expect.poll(() => page.url()).toContain('batch-split.seed=2');
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(figure).toHaveAttribute('data-state', 'ready');
  await expect(order).toHaveAttribute('data-value', second!);

  const size = figure.getByLabel('Batch size');
  for (const bad of ['', 'abc', '0', '2.5', '1e308', '-3', 'Infinity']) {
    await size.fill(bad);
    await size.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    await expect(order).toHaveAttribute('data-value', second!);
  }
  await size.fill('5');
  await size.press('Enter');
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await expect(page.locator(quantity('batch-split', 'batches'))).toHaveAttribute('data-value', '3');
  await expect(page.locator(quantity('batch-split', 'batch@3'))).toHaveAttribute('data-value', /^\d+, \d+$/);
});

test('an invalid address value is named in a note and the seeded default run is shown', async ({ page }) => {
  const figure = await open(page, '?tips-minibatch.batch=0&tips-minibatch.seed=-1', 'tips-minibatch');
  await expect(figure.locator('.example-notes')).toContainText('tips-minibatch.batch');
  await expect(figure.locator('.example-notes')).toContainText('tips-minibatch.seed');
  const expected = await documented(page, 'tips-minibatch');
  const intercept = expected.find((d) => d.name === 'intercept')!;
  const shown = Number(await page.locator(quantity('tips-minibatch', 'intercept')).getAttribute('data-value'));
  expect(Math.abs(shown - (intercept.value as number))).toBeLessThanOrEqual(intercept.tolerance);
});

test('a start from the address is where both runs begin', async ({ page }) => {
  const figure = await open(page, '?tips-batch-size.x0=1.4,0.2&tips-batch-size.epochs=100', 'tips-batch-size');
  await expect(figure.getByLabel('Start θ₀, θ₁')).toHaveValue('1.4,0.2');
  for (const prefix of ['', 'full.']) {
    await expect(page.locator(quantity('tips-batch-size', `${prefix}intercept@0`))).toHaveAttribute('data-value', '1.4');
    await expect(page.locator(quantity('tips-batch-size', `${prefix}slope@0`))).toHaveAttribute('data-value', '0.2');
  }
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /Both runs start at \(1\.4, 0\.2\)/);
});

test('a diverging mini-batch run names the update and shows no NaN', async ({ page }) => {
  await open(page, '?tips-minibatch.lr=0.5&tips-minibatch.epochs=100', 'tips-minibatch');
  const status = page.locator(quantity('tips-minibatch', 'status'));
  await expect(status).toHaveAttribute('data-value', 'diverged');
  await expect(status).toHaveText(/^diverged at update \d+$/);
  expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
});

test('Run computes the million-point fit in a worker and gets the numbers the book printed', async ({ page }) => {
  const figure = await open(page, '', 'sgd-million');
  await expect(figure.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(figure.getByRole('button', { name: 'Run again' })).toBeVisible();
  await expect(page.locator(quantity('sgd-million', 'status'))).toHaveAttribute('data-value', 'max-steps', { timeout: 150_000 });
  for (const d of await documented(page, 'sgd-million')) {
    const value = await page.locator(quantity('sgd-million', d.name)).getAttribute('data-value');
    if (typeof d.value === 'string') expect(value, d.name).toBe(d.value);
    else expect(Math.abs(Number(value) - d.value), d.name).toBeLessThanOrEqual(d.tolerance);
  }
  expect(Number(await page.locator(quantity('sgd-million', 'samples-per-second')).getAttribute('data-value'))).toBeGreaterThan(0);
  const progress = figure.getByRole('progressbar');
  await expect(progress).toHaveAttribute('value', (await progress.getAttribute('max'))!);
});

test('the page answers input while the worker runs, and Cancel stops the run', async ({ page }) => {
  // The run starts at once for settings from the address; do not wait for it to end. The longest run
  // the figure allows (2M rows, one row a step, 50 epochs: many seconds) so it is still going when checked.
  await page.goto(`${chapter}?sgd-million.n=2000000&sgd-million.batch=1&sgd-million.epochs=50#sgd-million`);
  const million = page.locator('#sgd-million');
  await million.scrollIntoViewIfNeeded();
  const progress = million.getByRole('progressbar');
  const status = page.locator(quantity('sgd-million', 'status'));
  await expect(status).toHaveText(/^running: epoch \d+ of 50$/, { timeout: 120_000 });
  const max = Number(await progress.getAttribute('max'));

  // Another figure reacts to the keyboard while the run goes on.
  const split = page.locator('#batch-split');
  await split.scrollIntoViewIfNeeded();
  await expect(split).toHaveAttribute('data-state', 'ready');
  const order = page.locator(quantity('batch-split', 'order'));
  const before = await order.getAttribute('data-value');
  await split.getByLabel('Seed').fill('99');
  await split.getByLabel('Seed').press('Enter');
  await expect(order).not.toHaveAttribute('data-value', before!, { timeout: 2_000 });
  expect(Number(await progress.getAttribute('value'))).toBeLessThan(max);
  await expect(status).toHaveAttribute('data-value', 'running');

  await million.scrollIntoViewIfNeeded();
  await million.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-value', 'stopped');
  await expect(status).toHaveText(/^cancelled after \d+ of 50 epochs$/);
  const stoppedAt = await progress.getAttribute('value');
  expect(Number(stoppedAt)).toBeLessThan(max);
  await page.waitForTimeout(1500);
  await expect(progress).toHaveAttribute('value', stoppedAt!);
  await expect(status).toHaveAttribute('data-value', 'stopped');
  await expect(million.getByRole('button', { name: 'Run again' })).toBeEnabled();
});

test('a worker run from the address comes back with the same numbers after a reload', async ({ page }) => {
  const query = '?sgd-million.n=200000&sgd-million.epochs=2&sgd-million.seed=5';
  const names = ['intercept', 'slope', 'f', 'ls.intercept', 'ls.slope', 'intercept@1'];
  await open(page, query, 'sgd-million');
  await expect(page.locator(quantity('sgd-million', 'status'))).toHaveAttribute('data-value', 'max-steps');
  const first = await values(page, 'sgd-million', names);
  expect(Number(first['ls.slope'])).toBeCloseTo(2, 1);
  await page.waitForLoadState('networkidle');
  await page.reload();
  const figure = page.locator('#sgd-million');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  expect(await values(page, 'sgd-million', names)).toEqual(first);
});
