import type { Page } from '@playwright/test';
import { examplePath, expect, registry as readRegistry, test } from './site.ts';

const registry = readRegistry();
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;
const documented = (id: string, name: string) => registry.get(id)!.documented.find((d) => d.name === name)!.value as number;

/** Every quantity an example shows, by name, as its full-precision data-value. */
async function allQuantities(page: Page, id: string) {
  const pairs = await page
    .locator(`figure[data-example="${id}"] [data-quantity]`)
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-quantity')!, e.getAttribute('data-value')!] as const));
  return Object.fromEntries(pairs);
}

async function ready(page: Page, id: string) {
  const figure = page.locator(`#${id}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready');
  return figure;
}

test('the degree slider works from the keyboard and puts the degree in the address', async ({ page }) => {
  await page.goto(`${examplePath('mpg-polynomials')}#mpg-polynomials`);
  const figure = await ready(page, 'mpg-polynomials');
  const slider = figure.getByRole('slider', { name: 'Degree' });
  await expect(slider).toHaveValue('6');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('2');
  await expect(page).toHaveURL(/mpg-polynomials\.degree=2/);
  const train = Number(await page.locator(quantity('mpg-polynomials', 'train')).getAttribute('data-value'));
  expect(Math.abs(train - documented('mpg-polynomials', 'train@2'))).toBeLessThan(1e-6);
  await expect(figure.locator('tr[aria-current] th')).toHaveText('2');
  // The live plot is redrawn for degree 2.
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /degree-2 polynomial/);
});

test('a link with a degree and a seed reproduces that state', async ({ page }) => {
  await page.goto(`${examplePath('mpg-polynomials')}?mpg-polynomials.degree=1&mpg-polynomials.seed=1#mpg-polynomials`);
  const figure = await ready(page, 'mpg-polynomials');
  await expect(figure.getByRole('slider', { name: 'Degree' })).toHaveValue('1');
  const test1 = Number(await page.locator(quantity('mpg-polynomials', 'test')).getAttribute('data-value'));
  expect(Math.abs(test1 - documented('mpg-polynomials', 'test@1'))).toBeLessThan(1e-6);
  await expect(figure).toBeInViewport();
});

test('invalid address values are named in a note and the defaults are used', async ({ page }) => {
  const query = 'mpg-polynomials.degree=99&double-descent.replicates=1e308&implicit-regularisation.p=abc';
  for (const [id, key] of [
    ['mpg-polynomials', 'mpg-polynomials.degree'],
    ['double-descent', 'double-descent.replicates'],
    ['implicit-regularisation', 'implicit-regularisation.p'],
  ] as const) {
    await page.goto(`${examplePath(id)}?${query}#${id}`);
    const figure = await ready(page, id);
    await expect(figure.locator('.example-notes')).toContainText(key);
    if (id === 'mpg-polynomials') {
      const spread = Number(await page.locator(quantity('mpg-polynomials', 'spread')).getAttribute('data-value'));
      expect(Math.abs(spread - documented('mpg-polynomials', 'spread@6'))).toBeLessThan(1e-3);
    }
  }
});

test('a refused seed or training-set count shows a message and keeps the last good run', async ({ page }) => {
  await page.goto(`${examplePath('bias-variance-simulation')}#bias-variance-simulation`);
  const figure = await ready(page, 'bias-variance-simulation');
  const before = await allQuantities(page, 'bias-variance-simulation');
  for (const [label, bad] of [
    ['Seed', 'abc'],
    ['Seed', ''],
    ['Seed', '-1'],
    ['Seed', '1.5'],
    ['Seed', 'NaN'],
    ['Seed', '1e308'],
    ['Training sets', '0'],
    ['Training sets', '100000'],
    ['Training sets', 'Infinity'],
    ['Noise σ', '-0.1'],
  ] as const) {
    const field = figure.getByLabel(label, { exact: true });
    await field.fill(bad);
    await field.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    expect(await allQuantities(page, 'bias-variance-simulation')).toEqual(before);
    await field.fill(label === 'Seed' ? '1' : label === 'Noise σ' ? '0.5' : '100');
    await field.press('Enter');
    await expect(figure.getByRole('alert')).toHaveCount(0);
  }
  expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
});

test('every seeded figure is reproduced exactly on reload, and a new seed changes it', async ({ page }) => {
  test.setTimeout(120_000);
  const ids = ['mpg-polynomials', 'bias-variance-simulation', 'double-descent', 'implicit-random-start'];
  const query = ids.map((id) => `${id}.seed=7`).join('&');
  // The chapter's pages, each with the seeded figures it places.
  for (const path of new Set(ids.map(examplePath))) {
    const here = ids.filter((id) => examplePath(id) === path);
    await page.goto(`${path}?${query}`);
    const first: Record<string, Record<string, string>> = {};
    const drawings: Record<string, string> = {};
    for (const id of here) {
      const figure = await ready(page, id);
      await expect(figure.getByLabel('Seed', { exact: true })).toHaveValue('7');
      first[id] = await allQuantities(page, id);
      drawings[id] = (await figure.locator('svg[role="img"]').innerHTML()).length.toString();
    }
    await page.reload();
    for (const id of here) {
      const figure = await ready(page, id);
      expect(await allQuantities(page, id), `${id} after reload`).toEqual(first[id]);
      expect((await figure.locator('svg[role="img"]').innerHTML()).length.toString()).toBe(drawings[id]);
    }
    await page.goto(path);
    for (const id of here) {
      await ready(page, id);
      expect(await allQuantities(page, id), `${id} with seed 1`).not.toEqual(first[id]);
    }
  }
});

test('the simulation shows bias², variance and noise next to their sum and the measured error', async ({ page }) => {
  await page.goto(`${examplePath('bias-variance-simulation')}?bias-variance-simulation.degree=12#bias-variance-simulation`);
  await ready(page, 'bias-variance-simulation');
  const q = await allQuantities(page, 'bias-variance-simulation');
  const [bias2, variance, noise, sum, error, se] = ['bias2', 'variance', 'noise', 'sum', 'error', 'se'].map((n) => Number(q[n]));
  expect(q.bias2).toBe(q['bias2@12']);
  expect(sum!).toBeCloseTo(bias2! + variance! + noise!, 12);
  expect(Math.abs(sum! - error!)).toBeLessThanOrEqual(4 * se!);
});

test('gradient descent diverges with too large a learning rate and says where, without NaN', async ({ page }) => {
  await page.goto(`${examplePath('implicit-regularisation')}?implicit-regularisation.lr=0.5#implicit-regularisation`);
  await ready(page, 'implicit-regularisation');
  const status = page.locator(quantity('implicit-regularisation', 'status'));
  await expect(status).toHaveAttribute('data-value', 'diverged');
  await expect(status).toHaveText(/^diverged at step \d+$/);
  expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
});

test('choosing a random start by keyboard moves descent away from the minimum-norm solution', async ({ page }) => {
  await page.goto(`${examplePath('implicit-regularisation')}#implicit-regularisation`);
  const figure = await ready(page, 'implicit-regularisation');
  await figure.getByLabel('Start', { exact: true }).selectOption('random');
  await expect(page).toHaveURL(/implicit-regularisation\.start=random/);
  await expect(page.locator(quantity('implicit-regularisation', 'status'))).toHaveAttribute('data-value', 'converged');
  const distance = Number(await page.locator(quantity('implicit-regularisation', 'distance')).getAttribute('data-value'));
  expect(Math.abs(distance - documented('implicit-random-start', 'distance'))).toBeLessThan(1e-6);
});
