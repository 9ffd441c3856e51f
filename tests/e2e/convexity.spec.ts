import type { Locator, Page } from '@playwright/test';
import { expect, test } from './site.ts';

const chapter = 'convexity/';
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

/**
 * Waits until the island draws its plot itself (the first change loads the plot module). A control
 * that is being typed in when that happens is re-rendered, so tests that type twice wait first.
 */
async function livePlot(figure: Locator) {
  await expect(figure.locator('.example-plot > svg[role="img"]')).toHaveCount(1);
}

async function open(page: Page, id: string, query = '') {
  await page.goto(`${chapter}${query}#${id}`);
  const figure = page.locator(`#${id}`);
  // Hydration waits for the figure to scroll into view and for the island's script: allow a slow machine.
  await expect(figure).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  return figure;
}

test.describe('convexity chapter', () => {
  test('the chord explorer moves t with the arrow keys, re-checks the inequality and keeps t in the URL', async ({ page }) => {
    const figure = await open(page, 'convexity-chord');
    const verdict = page.locator(quantity('convexity-chord', 'verdict'));
    await expect(verdict).toHaveAttribute('data-value', 'fails');
    const weight = figure.getByLabel('Weight t', { exact: true });
    await weight.focus();
    // Up to t = 1 (the point reaches a), where chord and curve meet.
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    await expect(weight).toHaveValue('1');
    await expect(verdict).toHaveAttribute('data-value', 'holds');
    const a = await page.locator(quantity('convexity-chord', 'a')).getAttribute('data-value');
    await expect(page.locator(quantity('convexity-chord', 'x'))).toHaveAttribute('data-value', a!);
    await expect(page.locator(quantity('convexity-chord', 'gap'))).toHaveAttribute('data-value', '0');
    await expect.poll(() => page.url()).toContain('convexity-chord.t=1');
    // The live plot replaces the pre-rendered one and describes the new point.
    await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-label', /inequality holds/);
  });

  test('choosing another function brings its own chord, and a link reproduces it', async ({ page, context }) => {
    const figure = await open(page, 'convexity-chord');
    await figure.getByLabel('Function', { exact: true }).selectOption('plateau');
    await expect(figure.getByLabel('End a', { exact: true })).toHaveValue('0.5');
    await expect(figure.getByLabel('End b', { exact: true })).toHaveValue('3');
    await expect(figure.getByLabel('Weight t', { exact: true })).toHaveValue('0.5');
    await expect(page.locator(quantity('convexity-chord', 'verdict'))).toHaveAttribute('data-value', 'fails');
    const curve = await page.locator(quantity('convexity-chord', 'curve')).getAttribute('data-value');
    await expect.poll(() => page.url()).toContain('convexity-chord.fn=plateau');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.locator('#convexity-chord')).toHaveAttribute('data-state', 'ready');
    await expect(other.locator(quantity('convexity-chord', 'curve'))).toHaveAttribute('data-value', curve!);
    await expect(other.locator('#convexity-chord').getByLabel('Function', { exact: true })).toHaveValue('plateau');
  });

  test('a chord of the tips loss set in the URL holds, and a refused value keeps the last good chord', async ({ page }) => {
    const figure = await open(page, 'convexity-chord', '?convexity-chord.fn=tips-mse&convexity-chord.a=0&convexity-chord.b=0.3&convexity-chord.t=0.25');
    await expect(page.locator(quantity('convexity-chord', 'verdict'))).toHaveAttribute('data-value', 'holds');
    await expect(page.locator(quantity('convexity-chord', 'above'))).toHaveAttribute('data-value', '0');
    const end = figure.getByLabel('End a', { exact: true });
    for (const bad of ['', 'abc', 'NaN', 'Infinity', '1e308', '-11']) {
      await end.fill(bad);
      await end.press('Enter');
      await expect(figure.getByRole('alert')).toBeVisible();
      await expect(page.locator(quantity('convexity-chord', 'a'))).toHaveAttribute('data-value', '0');
    }
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  });

  test('an invalid function in the URL is named in a note and the default chord is shown', async ({ page }) => {
    const figure = await open(page, 'convexity-chord', '?convexity-chord.fn=cubic');
    await expect(figure.locator('.example-notes')).toContainText('convexity-chord.fn');
    await expect(page.locator(quantity('convexity-chord', 'verdict'))).toHaveAttribute('data-value', 'fails');
  });

  test('the basins move with the learning rate, and rate 1 shows starts that diverge or never settle', async ({ page }) => {
    const figure = await open(page, 'convexity-basins');
    await expect(page.locator(quantity('convexity-basins', 'intervals'))).toHaveAttribute('data-value', '2');
    const rate = figure.getByLabel('Learning rate', { exact: true });
    await rate.fill('0.5');
    await rate.press('Enter');
    await expect(page.locator(quantity('convexity-basins', 'intervals'))).toHaveAttribute('data-value', '4');
    await livePlot(figure);
    await rate.fill('1');
    await rate.press('Enter');
    const key = figure.getByRole('list', { name: 'Key to the markers' });
    await expect(key).toContainText('diverges');
    await expect(key).toContainText('still moving after 1000 steps');
    await expect(page.locator(quantity('convexity-basins', 'status@1'))).toHaveText(/^diverged at step \d+$/);
    await expect.poll(() => page.url()).toContain('convexity-basins.lr=1');
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  });

  test('the basins refuse a start count that would cost too much, and keep the last run', async ({ page }) => {
    const figure = await open(page, 'convexity-basins');
    const starts = figure.getByLabel('Starts', { exact: true });
    for (const bad of ['100000', '1', '2.5', '0']) {
      await starts.fill(bad);
      await starts.press('Enter');
      await expect(figure.getByRole('alert')).toBeVisible();
      await expect(page.locator(quantity('convexity-basins', 'interval@2.to'))).toHaveAttribute('data-value', '7');
    }
  });

  test('from 4,3 the plateau "converges" at once, and at rate 0.7 the bowl diverges while the plateau bounces', async ({ page }) => {
    const figure = await open(page, 'convexity-plateau-bowl', '?convexity-plateau-bowl.x0=4,3');
    await expect(page.locator(quantity('convexity-plateau-bowl', 'plateau.iterations'))).toHaveAttribute('data-value', '0');
    await expect(page.locator(quantity('convexity-plateau-bowl', 'plateau.status'))).toHaveAttribute('data-value', 'converged');
    await expect(page.locator(quantity('convexity-plateau-bowl', 'bowl.status'))).toHaveAttribute('data-value', 'converged');
    await livePlot(figure);
    const start = figure.getByLabel('Start (x, y)', { exact: true });
    await start.fill('3,1.5');
    await start.press('Enter');
    await expect(page.locator(quantity('convexity-plateau-bowl', 'plateau.iterations'))).not.toHaveAttribute('data-value', '0');
    const rate = figure.getByLabel('Learning rate', { exact: true });
    await rate.fill('0.7');
    await rate.press('Enter');
    await expect(page.locator(quantity('convexity-plateau-bowl', 'bowl.status'))).toHaveText(/^diverged at step \d+$/);
    await expect(page.locator(quantity('convexity-plateau-bowl', 'plateau.status'))).toHaveAttribute('data-value', 'max-steps');
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  });

  test('a start that is not two numbers is refused with a message', async ({ page }) => {
    const figure = await open(page, 'convexity-plateau-bowl');
    const start = figure.getByLabel('Start (x, y)', { exact: true });
    const steps = await page.locator(quantity('convexity-plateau-bowl', 'bowl.iterations')).getAttribute('data-value');
    for (const bad of ['1', '1,2,3', 'a,b', '1,Infinity', '100,0']) {
      await start.fill(bad);
      await start.press('Enter');
      await expect(figure.getByRole('alert')).toBeVisible();
      await expect(page.locator(quantity('convexity-plateau-bowl', 'bowl.iterations'))).toHaveAttribute('data-value', steps!);
    }
  });
});
