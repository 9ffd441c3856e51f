import type { Page } from '@playwright/test';
import { expect, hydrateExample, test } from './site.ts';

const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

async function open(page: Page, path: string, id: string, query = '') {
  await page.goto(`faster-descent/${path}${query}#${id}`);
  return hydrateExample(page, id);
}

test.describe('faster-descent chapter', () => {
  test('its three pages are one chapter: each ends in its own exercises and links to the next', async ({ page }) => {
    await page.goto('faster-descent/');
    await expect(page.locator('section.exercises article')).toHaveCount(2);
    await page.getByRole('link', { name: 'the second', exact: true }).click();
    await expect(page).toHaveURL(/faster-descent\/adaptive-rates\/$/);
    await expect(page.locator('section.exercises article')).toHaveCount(2);
    await expect(page.locator('[data-chapter]')).toHaveAttribute('data-chapter', 'faster-descent');
    await page.goto('faster-descent/noise-and-schedules/');
    await expect(page.locator('section.exercises')).toHaveCount(0);
  });

  test('momentum beats the best constant rate on the cars, and Nesterov at the same settings diverges with its step named', async ({ page }) => {
    const figure = await open(page, '', 'cars-momentum');
    const iterations = Number(await page.locator(quantity('cars-momentum', 'iterations')).getAttribute('data-value'));
    const best = Number(await page.locator(quantity('cars-momentum', 'best.iterations')).getAttribute('data-value'));
    expect(iterations * 10).toBeLessThan(best);
    await figure.getByLabel('Method', { exact: true }).selectOption('nesterov');
    await expect(page.locator(quantity('cars-momentum', 'status'))).toHaveAttribute('data-value', 'diverged');
    await expect(page.locator(quantity('cars-momentum', 'status'))).toHaveText(/^diverged at step \d+$/);
    await expect.poll(() => page.url()).toContain('cars-momentum.method=nesterov');
    await figure.getByLabel('Learning rate', { exact: true }).fill('0.04');
    await figure.getByLabel('Learning rate', { exact: true }).press('Enter');
    await expect(page.locator(quantity('cars-momentum', 'status'))).toHaveAttribute('data-value', 'converged');
  });

  test('the race re-runs from the URL, names a diverged racer’s step in the table and the caption, and refuses a bad rate', async ({ page }) => {
    const figure = await open(page, 'adaptive-rates/', 'optimizer-race', '?optimizer-race.gd=0.01');
    await expect(page.locator(quantity('optimizer-race', 'gd.status'))).toHaveText('diverged at step 5');
    await expect(figure.locator('.run-caption')).toContainText('gradient descent diverged at step 5');
    // Six paths drawn, one per racer, and a legend naming each.
    await expect(figure.locator('.plot-legend li')).toHaveCount(6);
    const adam = await page.locator(quantity('optimizer-race', 'adam.iterations')).getAttribute('data-value');
    const rate = figure.getByLabel('Rate, Adam', { exact: true });
    for (const bad of ['', '-1', '0', 'abc', '1e999']) {
      await rate.fill(bad);
      await rate.press('Enter');
      await expect(figure.getByRole('alert')).toBeVisible();
      await expect(page.locator(quantity('optimizer-race', 'adam.iterations'))).toHaveAttribute('data-value', adam!);
    }
    await figure.getByLabel('Surface', { exact: true }).selectOption('bowl');
    await expect(figure.locator('.run-caption')).toContainText('tilted bowl');
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  });

  test('Adam’s table follows its update rule row by row, and the first step is the rate', async ({ page }) => {
    const figure = await open(page, 'adaptive-rates/', 'adam-first-steps', '?adam-first-steps.lr=0.3&adam-first-steps.b1=0.5');
    const value = async (name: string) => Number(await page.locator(quantity('adam-first-steps', name)).getAttribute('data-value'));
    expect(await value('step@1')).toBeCloseTo(-0.3, 6);
    for (let k = 1; k <= 8; k++) {
      const g = await value(`g@${k}`);
      const mBefore = k === 1 ? 0 : await value(`m@${k - 1}`);
      expect(await value(`m@${k}`)).toBeCloseTo(0.5 * mBefore + 0.5 * g, 12);
      expect(await value(`mhat@${k}`)).toBeCloseTo((await value(`m@${k}`)) / (1 - 0.5 ** k), 12);
      expect(await value(`step@${k}`)).toBeCloseTo((0.3 * (await value(`mhat@${k}`))) / (Math.sqrt(await value(`vhat@${k}`)) + 1e-8), 12);
    }
    await expect(figure.locator('.run-caption')).toContainText('rate 0.3');
  });

  test('the schedules: a new seed re-runs all four, the constant rate stays far above the decaying ones, and the seed is in the link', async ({ page }) => {
    const figure = await open(page, 'noise-and-schedules/', 'sgd-schedules');
    const distance = async (name: string) => Number(await page.locator(quantity('sgd-schedules', `${name}.distance`)).getAttribute('data-value'));
    const before = await distance('constant');
    await figure.getByLabel('Seed', { exact: true }).fill('3');
    await figure.getByLabel('Seed', { exact: true }).press('Enter');
    await expect.poll(() => distance('constant')).not.toBe(before);
    for (const name of ['step', 'exponential', 'warmup']) expect((await distance(name)) * 20).toBeLessThan(await distance('constant'));
    await expect(figure.locator('.run-caption')).toContainText('seed 3');
    await expect.poll(() => page.url()).toContain('sgd-schedules.seed=3');
  });

  test('mini-batch Adam and momentum run on the same seeded batches, each against itself on full batches', async ({ page }) => {
    const figure = await open(page, 'noise-and-schedules/', 'minibatch-adam', '?minibatch-adam.lr=0.001');
    const intercept = () => page.locator(quantity('minibatch-adam', 'intercept')).getAttribute('data-value');
    const adam = await intercept();
    await figure.getByLabel('Method', { exact: true }).selectOption('momentum');
    await expect.poll(intercept).not.toBe(adam);
    await expect(page.locator(quantity('minibatch-adam', 'status'))).toHaveAttribute('data-value', 'max-steps');
    await expect.poll(() => page.url()).toContain('minibatch-adam.method=momentum');
  });
});
