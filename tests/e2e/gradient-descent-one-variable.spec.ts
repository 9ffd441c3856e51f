import type { Locator, Page } from '@playwright/test';
import { formatNumber } from '../../src/widgets/format.ts';
import { chapterPaths, examplePath, expect, registry, test } from './site.ts';

// A long chapter with eleven live examples: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const chapterPages = chapterPaths('gradient-descent-one-variable');
const quantity = (id: string, name: string) => `figure[data-example="${id}"] [data-quantity="${name}"]`;

async function open(page: Page, query: string, id: string): Promise<Locator> {
  await page.goto(`${examplePath(id)}${query}#${id}`);
  const figure = page.locator(`#${id}`);
  await expect(figure).toHaveAttribute('data-state', 'ready');
  return figure;
}

/**
 * The dots in the figure's plots against its tables: every tabled iterate x@k has the dot of step k
 * at the same x, every dot is a tabled iterate (or a run's final x), and cx is one increasing affine
 * function of x (to the pre-rendered charts' rounding). Returns how many dots were matched.
 */
async function plotsAgreeWithTables(figure: Locator): Promise<number> {
  const plots = await figure.locator('svg[role="img"]').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      run: svg.closest('.plot-panel')?.getAttribute('data-run') ?? null,
      circles: [...svg.querySelectorAll('g.iterates circle')].map((c) => ({
        k: Number(c.getAttribute('data-k')),
        x: Number(c.getAttribute('data-x')),
        cx: Number(c.getAttribute('cx')),
      })),
    })),
  );
  const shown = new Map(
    await figure.locator('[data-quantity]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-quantity')!, Number(e.getAttribute('data-value'))] as const)),
  );
  let matched = 0;
  for (const { run, circles } of plots.filter((p) => p.circles.length > 0)) {
    const prefix = run ? `run${run}.` : '';
    const tabled = [...shown.keys()].filter((name) => name.startsWith(prefix) && /^(run\d+\.)?x@\d+$/.test(name));
    for (const name of tabled) {
      const k = Number(name.split('@')[1]);
      expect(circles.find((c) => c.k === k)?.x, `${name} is plotted`).toBe(shown.get(name));
    }
    for (const [i, c] of circles.entries()) {
      const last = i === circles.length - 1 && shown.get(`${prefix}iterations`) === c.k;
      expect(shown.get(`${prefix}x@${c.k}`) ?? (last ? shown.get(`${prefix}x`) : undefined), `dot ${prefix}${c.k} is tabled`).toBe(c.x);
      matched++;
    }
    const first = circles.reduce((a, b) => (b.x < a.x ? b : a));
    const last = circles.reduce((a, b) => (b.x > a.x ? b : a));
    if (last.x > first.x) {
      const scale = (last.cx - first.cx) / (last.x - first.x);
      expect(scale).toBeGreaterThan(0);
      // Pre-rendered coordinates are rounded to a tenth of a pixel.
      for (const c of circles) expect(Math.abs(first.cx + scale * (c.x - first.x) - c.cx)).toBeLessThan(0.2);
    }
  }
  return matched;
}

test.describe('the intercept walk-through', () => {
  test('steps by keyboard, one part at a time, with the step in the address', async ({ page }) => {
    const figure = await open(page, '', 'intercept-only');
    const step = figure.locator('.walk-step');
    const n = await page.locator(quantity('intercept-only', 'iterations')).textContent();
    await expect(figure.locator('.walk-position')).toHaveText(`Step 0 of ${n}`);
    await figure.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Enter');
    await expect(figure.locator('.walk-position')).toHaveText(`Step 1 of ${n}`);
    const x1 = await page.locator(quantity('intercept-only', 'x@1')).textContent();
    const df0 = await page.locator(quantity('intercept-only', 'df@0')).textContent();
    const s1 = await page.locator(quantity('intercept-only', 'step@1')).textContent();
    await expect(step.locator('li').nth(0)).toContainText(`= ${df0}`);
    await expect(step.locator('li').nth(1)).toContainText(`= ${s1}`);
    await expect(step.locator('li').nth(2)).toContainText(`= ${x1}`);
    await expect.poll(() => page.url()).toContain('intercept-only.step=1');
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect(figure.locator('.walk-position')).toHaveText(`Step 3 of ${n}`);
    await expect(figure.locator('tr[aria-current="step"] th')).toHaveText('3');
    await figure.getByRole('button', { name: 'Run to the end' }).click();
    await expect(figure.locator('.walk-position')).toHaveText(`Step ${n} of ${n}`);
    await expect(figure.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await expect(step).toContainText('the descent stops here');
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.locator('.walk-position')).toHaveText(`Step 0 of ${n}`);
  });

  test('a link to a step opens at that step, with the line and the ring there', async ({ page }) => {
    const figure = await open(page, '?intercept-only.step=4', 'intercept-only');
    await expect(figure.locator('.walk-position')).toHaveText(/^Step 4 of \d+$/);
    const x4 = await page.locator(quantity('intercept-only', 'x@4')).textContent();
    await expect(figure.locator('svg[role="img"]').nth(0)).toHaveAttribute('aria-label', new RegExp(`intercept ${x4} \\(step 4\\)`));
    await expect(figure.locator('svg[role="img"]').nth(1)).toHaveAttribute('aria-label', new RegExp(`step 4 is ringed at intercept ${x4}`));
    const n = Number(await page.locator(quantity('intercept-only', 'iterations')).getAttribute('data-value'));
    expect(await plotsAgreeWithTables(figure)).toBe(n + 1);
  });

  for (const bad of ['abc', '5000', '2.5']) {
    test(`a step of “${bad}” in the address is refused with a note`, async ({ page }) => {
      const figure = await open(page, `?intercept-only.step=${bad}`, 'intercept-only');
      await expect(figure.locator('.example-notes')).toContainText('intercept-only.step');
      await expect(figure.locator('.walk-position')).toHaveText(/^Step 0 of \d+$/);
    });
  }

  test('a learning rate above 1/3 diverges, and the page says so without NaN', async ({ page }) => {
    const figure = await open(page, '?intercept-only.lr=0.4', 'intercept-only');
    await figure.getByRole('button', { name: 'Run to the end' }).click();
    await expect(page.locator(quantity('intercept-only', 'status'))).toHaveText(/^diverged at step \d+$/);
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  });
});

test('every plot on the chapter agrees with its table, pre-rendered and live', async ({ browser }) => {
  for (const [javaScriptEnabled, path] of [false, true].flatMap((js) => chapterPages.map((path) => [js, path] as const))) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(path);
    const figures = page.locator('figure[data-example]');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      if (javaScriptEnabled) {
        await figure.scrollIntoViewIfNeeded();
        await expect(figure).toHaveAttribute('data-state', 'ready');
      }
      expect(await plotsAgreeWithTables(figure), (await figure.getAttribute('id')) ?? undefined).toBeGreaterThan(0);
    }
    await context.close();
  }
});

test('changed rates redraw every panel, and a wrong count of rates is refused', async ({ page }) => {
  const figure = await open(page, '', 'quartic-rates');
  const rates = figure.getByLabel(/^Learning rates/);
  await rates.fill('0.5,0.6,0.7,0.8');
  await rates.press('Enter');
  await expect(figure.locator('.plot-panel-title').nth(3)).toHaveText('Run 4: x₀ = 4, α = 0.8');
  await expect.poll(() => new URL(page.url()).searchParams.get('quartic-rates.lr')).toBe('0.5,0.6,0.7,0.8');
  expect(await plotsAgreeWithTables(figure)).toBeGreaterThan(0);
  const before = await page.locator(quantity('quartic-rates', 'run4.x')).getAttribute('data-value');
  for (const bad of ['0.1,0.3', '0.1,0.3,1,abc', '0.1,0.3,1,0', '']) {
    await rates.fill(bad);
    await rates.press('Enter');
    await expect(figure.getByRole('alert')).toBeVisible();
    await expect(page.locator(quantity('quartic-rates', 'run4.x'))).toHaveAttribute('data-value', before!);
  }
});

test('the library minimiser prints its record, and a looser tolerance stops a step earlier', async ({ page }) => {
  const figure = await open(page, '?quartic-bfgs.tol=0.0001', 'quartic-bfgs');
  const record = figure.locator('.result-record');
  for (const field of ['x', 'f', 'gradient', 'iterations', 'evaluations', 'reason', 'message']) {
    await expect(record.locator('dt', { hasText: new RegExp(`^${field}$`) })).toHaveCount(1);
  }
  await expect(page.locator(quantity('quartic-bfgs', 'iterations'))).toHaveText('6');
  const x6 = await page.locator(quantity('quartic-bfgs', 'x@6')).getAttribute('data-value');
  await expect(page.locator(quantity('quartic-bfgs', 'x'))).toHaveAttribute('data-value', x6!);
  await expect(page.locator(quantity('quartic-bfgs', 'message'))).toContainText('Converged after 6 steps');
});

for (const [id, query] of [
  ['omega-descent', '?omega-descent.lr=0.2'],
  ['tips-slope', '?tips-slope.lr=0.003&tips-slope.steps=1000'],
] as const) {
  test(`a run of ${id} that blows up says where it diverged`, async ({ page }) => {
    await open(page, query, id);
    await expect(page.locator(quantity(id, 'status'))).toHaveText(/^diverged at step \d+$/);
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity/);
  });
}

test('every erratum and note shows the source’s number beside the book’s', async ({ page }) => {
  let seen = 0;
  for (const path of chapterPages) {
    await page.goto(path);
    const boxes = page.locator('details.source-details:has([data-quote])');
    seen += await boxes.count();
    for (const box of await boxes.all()) {
      const [id, name] = (await box.locator('[data-quote]').getAttribute('data-quote'))!.split(':') as [string, string];
      const entry = registry().get(id)!.documented.find((d) => d.name === name)! as { value: number; printed?: string; erratum?: string };
      await expect(box.locator('summary')).toHaveText(entry.erratum ? /^Erratum: / : /^(About the source’s number|A note on this number)/);
      const values = box.locator('dd');
      if (entry.printed !== undefined) await expect(values.first()).toHaveText(entry.printed);
      await expect(values.last()).toHaveText(formatNumber(entry.value));
    }
  }
  expect(seen).toBeGreaterThan(0);
});

test('live plots keep their clip paths to themselves', async ({ page }) => {
  await page.goto(`${examplePath('quartic-bfgs')}?quartic-bfgs.x0=3.4&tips-slope.x0=0.1`);
  const figures = page.locator('figure[data-example]');
  for (let i = 0; i < (await figures.count()); i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i)).toHaveAttribute('data-state', 'ready');
  }
  // The live charts have replaced the pre-rendered ones of the linked examples.
  await expect(page.locator('#quartic-bfgs svg[role="img"]')).toHaveAttribute('aria-label', /starts at x = 3\.4/);
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const ids = [...document.querySelectorAll('svg [id]')].map((el) => el.id);
    for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) found.push(`duplicate id ${id}`);
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      for (const [, ref] of svg.outerHTML.matchAll(/url\(#([^)]+)\)/g)) {
        if (!svg.querySelector(`[id="${ref}"]`)) found.push(`${svg.getAttribute('aria-label')?.slice(0, 40)} refers to #${ref} outside itself`);
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
});
