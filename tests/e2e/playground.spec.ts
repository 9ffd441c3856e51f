import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { presets } from '../../src/widgets/playground/presets.ts';
import { formatNumber } from '../../src/widgets/format.ts';
import { examplePath, expect, hydrateExample, registry, test } from './site.ts';

// The playground's own behaviour. The generic specs already run it through every number control's
// hostile values, hostile numbers in the address, its documented numbers with and without scripts,
// axe, 375 px and the console: these tests cover what only the playground has.

const id = 'playground';
const path = examplePath(id);
const entry = registry().get(id)!;

const figure = (page: Page) => page.locator(`figure[data-example="${id}"]`);
const formula = (page: Page) => page.locator(`#${id}-f`);
const formulaError = (page: Page) => page.locator(`#${id}-f-error`);
const caption = (page: Page) => figure(page).locator('.run-caption');
const quantity = (page: Page, name: string) => figure(page).locator(`[data-quantity="${name}"]`);
const fromAddress = (page: Page, name: string) => new URL(page.url()).searchParams.get(`${id}.${name}`);

async function open(page: Page, query: Record<string, string> = {}) {
  const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [`${id}.${name}`, value]));
  await page.goto(`${path}${search.size ? `?${search}` : ''}#${id}`);
  return hydrateExample(page, id);
}

/** Every quantity on show, by name: its full-precision value and the text readers see. */
function shown(page: Page): Promise<Record<string, { value: string; text: string }>> {
  return figure(page)
    .locator('[data-quantity]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-quantity')!, { value: e.getAttribute('data-value')!, text: e.textContent! }])));
}

async function expectNoBrokenNumbers(page: Page, what: string) {
  expect(await page.locator('main').innerText(), what).not.toMatch(/\bNaN\b|Infinity|undefined/);
}

/** Types a function into its field and commits it; resolves once it runs (the caption names it). */
async function typeFunction(page: Page, text: string) {
  await formula(page).fill(text);
  await formula(page).press('Enter');
  await expect(formulaError(page), `“${text}” is read`).toHaveCount(0);
  await expect(caption(page)).toContainText(`f = ${text}`);
  await expect(figure(page)).toHaveAttribute('data-state', 'ready');
}

/** Sets one setting through its control (the formula field for `f`), and waits until the address carries it. */
async function setControl(page: Page, name: string, value: unknown) {
  const text = String(value);
  if ((await page.locator(`#${id}-${name}`).inputValue()) === text) return;
  if (name === 'f') {
    await typeFunction(page, text);
  } else {
    const control = page.locator(`#${id}-${name}`);
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(text);
    else {
      await control.fill(text);
      await control.press('Enter');
    }
    await expect(page.locator(`#${id}-${name}-error`), `${name} = ${text} is accepted`).toHaveCount(0);
  }
  await expect.poll(() => fromAddress(page, name), `the address carries ${name}`).toBe(text);
  await expect(figure(page)).toHaveAttribute('data-state', 'ready');
}

/** The settings an example of the book runs with, as its own controls show them on its page. */
async function settingsOf(page: Page, example: string): Promise<Record<string, string>> {
  await page.goto(`${examplePath(example)}#${example}`);
  const shownBy = await hydrateExample(page, example);
  const names = registry().get(example)!.params.map((p) => p.name);
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await shownBy.locator(`#${example}-${name}`).inputValue()])));
}

/** Checks each documented number of an example against the playground's quantity of that name. */
function expectDocumented(values: Record<string, { value: string; text: string }>, example: string, names?: string[]) {
  const documented = registry().get(example)!.documented;
  for (const name of names ?? documented.map((d) => d.name)) {
    const d = documented.find((n) => n.name === name);
    expect(d, `${example} documents ${name}`).toBeDefined();
    const got = values[name];
    expect(got, `the playground shows ${name}`).toBeDefined();
    if (typeof d!.value === 'string') expect(got!.value, `${example} ${name}`).toBe(d!.value);
    else {
      expect(Math.abs(Number(got!.value) - d!.value), `${example} ${name} = ${got!.value}`).toBeLessThanOrEqual(d!.tolerance);
      expect(got!.text, `${example} ${name} as printed`).toBe(formatNumber(Number(got!.value)));
    }
  }
}

test.describe('the playground reproduces the book', () => {
  test('the quartic typed with quartic-descent’s settings shows quartic-descent’s documented numbers', async ({ page }) => {
    const settings = await settingsOf(page, 'quartic-descent');
    await open(page, { f: 'x^2' });
    for (const name of ['lr', 'steps', 'stop', 'tol']) await setControl(page, name, settings[name]);
    await setControl(page, 'start', settings.x0);
    await typeFunction(page, '(x^4 - 15x^3 + 80x^2 - 180x + 144)/10');
    expectDocumented(await shown(page), 'quartic-descent');
  });

  test('the heat surface typed with heat-descent’s settings shows heat-descent’s documented numbers', async ({ page }) => {
    const settings = await settingsOf(page, 'heat-descent');
    await open(page, { f: 'x^2 + y^2', start: '1,1' });
    for (const name of ['lr', 'steps', 'stop', 'tol']) await setControl(page, name, settings[name]);
    await setControl(page, 'start', settings.x0);
    await typeFunction(page, '85 - x^2 (x - 6) y^2 (y - 6) / 90');
    expectDocumented(await shown(page), 'heat-descent', ['x@1', 'y@1', 'df.x@0', 'df.y@0', 'f@0', 'x', 'y', 'f', 'iterations', 'status']);
  });
});

/** Reads the address and Copy link's text, opens the link in a fresh page, and checks it shows the same settings and numbers. */
async function expectRoundTrip(page: Page, settings: Record<string, string>) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const before = await shown(page);
  const address = page.url();
  await figure(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(figure(page).getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText()), 'Copy link copies the address').toBe(address);
  const other = await page.context().newPage();
  await other.goto(address);
  await hydrateExample(other, id);
  for (const [name, value] of Object.entries(settings)) await expect(other.locator(`#${id}-${name}`), `${name} after the round trip`).toHaveValue(value);
  await expect.poll(() => shown(other), 'the same numbers after the round trip').toEqual(before);
  await other.close();
  return before;
}

/** Settings that differ from the defaults, in the order they are set; together they name every parameter. */
const roundTrips: { title: string; settings: Record<string, string> }[] = [
  {
    title: 'a function of x by heavy ball with step decay and a step-size stop',
    settings: { f: 'x^4 - 3x^2 + x', method: 'momentum', beta: '0.5', lr: '0.05', schedule: 'step', decay: '0.5', every: '5', start: '1.5', steps: '300', stop: 'step', tol: '0.00001', xrange: '-3,3' },
  },
  {
    title: 'a function of x and y by Adam with exponential decay and a relative-change stop',
    settings: { f: 'x^2 + 3y^2 - x y', method: 'adam', lr: '0.1', schedule: 'exponential', decay: '0.02', start: '2,-1', yrange: '-4,4', stop: 'change' },
  },
  { title: 'Rosenbrock’s valley by BFGS', settings: { f: '(1 - x)^2 + 100 (y - x^2)^2', method: 'bfgs', start: '-1,1' } },
  {
    title: 'gradient descent compared with Nesterov under inverse-time decay',
    settings: { f: 'x^2 + 10y^2', lr: '0.05', schedule: 'inverse', decay: '0.1', compare: 'nesterov', lr2: '0.02', start: '3,1' },
  },
];

test.describe('every setting survives a round trip through the address', () => {
  test('the round trips below name every parameter of the playground', () => {
    const covered = new Set(roundTrips.flatMap((r) => Object.keys(r.settings)));
    expect([...covered].sort()).toEqual(entry.params.map((p) => p.name).sort());
  });

  for (const { title, settings } of roundTrips) {
    test(`${title}: set through the controls, the address and Copy link reproduce it`, async ({ page }) => {
      await open(page);
      for (const [name, value] of Object.entries(settings)) await setControl(page, name, value);
      await expect(formulaError(page)).toHaveCount(0);
      const values = await expectRoundTrip(page, settings);
      await expectNoBrokenNumbers(page, title);
      if (settings.compare) {
        await expect(figure(page).locator('.playground-lane table')).toHaveCount(2);
        expect(Object.keys(values).filter((name) => name.startsWith('b.')), 'the second optimizer’s quantities').toEqual(
          expect.arrayContaining(['b.x', 'b.y', 'b.f', 'b.iterations', 'b.status', 'b.x@1']),
        );
      }
    });
  }
});

test('each preset loads its function, shows finite numbers and puts it in the address', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page);
  const menu = page.locator(`#${id}-preset`);
  expect(await menu.locator('option[value]:not([value=""])').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(presets.map((p) => p.id));
  for (const preset of presets) {
    await menu.selectOption(preset.id);
    await expect(caption(page), preset.id).toContainText(`f = ${preset.params.f}`);
    await expect(figure(page)).toHaveAttribute('data-state', 'ready');
    await expect(formula(page)).toHaveValue(preset.params.f);
    await expect.poll(() => fromAddress(page, 'f'), `${preset.id} in the address`).toBe(preset.params.f);
    await expect.poll(() => fromAddress(page, 'start'), `${preset.id}’s start in the address`).toBe(String(preset.params.start));
    await expectNoBrokenNumbers(page, preset.id);
  }
});
