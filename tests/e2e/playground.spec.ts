import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { playgroundHref } from '../../src/widgets/playground/link.ts';
import { presets } from '../../src/widgets/playground/presets.ts';
import { formatNumber } from '../../src/widgets/format.ts';
import { examplePath, expect, expectNoBrokenNumbers, hydrateExample, registry, test } from './site.ts';

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

/** Types a function into its field and commits it; resolves once it runs (the caption names it). */
async function typeFunction(page: Page, text: string) {
  await formula(page).fill(text);
  await formula(page).press('Enter');
  await expect(formulaError(page), `“${text}” is read`).toHaveCount(0);
  await expect(caption(page)).toContainText(`f = ${text}`);
  await expect(figure(page)).toHaveAttribute('data-state', 'ready');
}

/** Sets one setting through its control (the formula field for `f`), and waits until the address carries it; nothing if the control already shows it. */
async function setControl(page: Page, name: string, value: unknown) {
  const text = String(value);
  const control = page.locator(`#${id}-${name}`);
  if ((await control.inputValue()) === text) return;
  if (name === 'f') await typeFunction(page, text);
  else {
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

/** heat-descent's documented numbers whose names the playground shows too. */
const heatShared = ['x@1', 'y@1', 'df.x@0', 'df.y@0', 'f@0', 'x', 'y', 'f', 'iterations', 'status'];

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
    expectDocumented(await shown(page), 'heat-descent', heatShared);
  });

  test('a link made by playgroundHref with the heat surface and heat-descent’s settings shows its documented numbers', async ({ page }) => {
    const { x0, ...settings } = await settingsOf(page, 'heat-descent');
    const base = new URL(process.env.BASE ?? '/', 'http://x').pathname;
    const numbers = Object.fromEntries(['lr', 'steps', 'tol'].map((name) => [name, Number(settings[name])]));
    await page.goto(playgroundHref(base, { f: '85 - x^2 (x - 6) y^2 (y - 6) / 90', start: x0!.split(',').map(Number), stop: settings.stop as 'gradient', ...numbers }));
    await hydrateExample(page, id);
    await expect(figure(page)).toBeInViewport();
    await expect(figure(page).locator('.example-notes p')).toHaveCount(0);
    await expect(caption(page)).toContainText('f = 85 - x^2 (x - 6) y^2 (y - 6) / 90');
    expectDocumented(await shown(page), 'heat-descent', heatShared);
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

/** Typed functions the page must refuse, each with what its message must say. */
const refusedTyping: { what: string; text: string; start?: string; message: RegExp }[] = [
  { what: 'a syntax error', text: 'x^2 +* 3', message: /at character \d+/ },
  { what: 'an unknown variable', text: 'q^2', message: /“q” is not a variable/ },
  { what: 'an unknown function', text: 'foo(x)', message: /foo/ },
  { what: 'three variables', text: 'x + y + z', message: /one or two variables.*x, y, z/ },
  { what: 'a constant', text: '3', message: /constant/ },
  { what: 'ln(x) at a negative start', text: 'ln(x)', start: '-1', message: /not defined at the start/ },
  { what: 'sqrt(x) at a negative start', text: 'sqrt(x)', start: '-1', message: /not defined at the start/ },
  { what: 'a formula over 200 characters', text: `${'x + '.repeat(50)}x`, message: /at most 200 characters/ },
  { what: 'nesting deeper than 24', text: `${'('.repeat(25)}x${')'.repeat(25)}`, message: /nested too deeply/ },
  { what: 'a huge exponent', text: 'x^1000', message: /exponent 1000 is too large/ },
];

test('a refused function names the problem and keeps the last good run', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  for (const bad of refusedTyping) {
    if (bad.start) await setControl(page, 'start', bad.start);
    const before = await shown(page);
    await formula(page).fill(bad.text);
    await formula(page).press('Enter');
    await expect(formulaError(page), bad.what).toContainText(bad.message);
    await expect(formula(page), bad.what).toHaveAttribute('aria-invalid', 'true');
    expect(await shown(page), `${bad.what}: the last good run stays`).toEqual(before);
    await expectNoBrokenNumbers(page, bad.what);
  }
  // The mark under a syntax error sits at the character the message names.
  await formula(page).fill('x^2 +* 3');
  await formula(page).press('Enter');
  const at = Number((await formulaError(page).innerText()).match(/at character (\d+)/)![1]);
  await expect(formulaError(page).locator('mark')).toHaveText('x^2 +* 3'.charAt(at - 1));
});

/** Hostile values of `?playground.f=`; `__pwned` is what code run from one of them would set. */
const hostileFormulas = [
  'constructor',
  '__proto__',
  'alert(1)',
  '</script><script>window.__pwned=1</script>',
  'constructor.constructor("window.__pwned=1")()',
  'x.constructor.constructor("window.__pwned=1")()',
  '__proto__.polluted = 1',
  'x^99999',
  'x'.repeat(10_000),
  '\u0000',
  'x\u202e + y\u0301 + 😀',
];

test('hostile functions in the address show the default run with a message and never run code', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page);
  const defaults = await shown(page);
  for (const raw of hostileFormulas) {
    const what = `playground.f=${JSON.stringify(raw.slice(0, 40))}`;
    await open(page, { f: raw });
    await expect(figure(page).locator(`#${id}-f-error, .example-notes p`).first(), what).toBeVisible();
    await expect.poll(() => shown(page), `${what}: the default run`).toEqual(defaults);
    const answer = await Promise.race([page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? 'none'), new Promise((r) => setTimeout(() => r('no answer'), 5000))]);
    expect(answer, `${what}: the page answers and ran no code`).toBe('none');
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted), `${what}: no prototype was polluted`).toBeUndefined();
    await expectNoBrokenNumbers(page, what);
  }
  // The percent-encoded NUL of a hand-made link reaches the page as such.
  await page.goto(`${path}?${id}.f=%00#${id}`);
  await hydrateExample(page, id);
  await expect(figure(page).locator(`#${id}-f-error, .example-notes p`).first()).toBeVisible();
  await expect.poll(() => shown(page)).toEqual(defaults);
});

test.describe('runs that break down say how, with no NaN on screen', () => {
  test('x² − ln x from 2 at rate 0.7 leaves the domain', async ({ page }) => {
    await open(page, { f: 'x^2 - ln(x)', start: '2', lr: '0.7' });
    const status = quantity(page, 'status');
    await expect(status).toHaveText(/^left the domain at step (\d+)$/);
    const step = Number((await status.innerText()).match(/step (\d+)/)![1]);
    expect(step).toBeGreaterThan(0);
    await expect(quantity(page, 'iterations')).toHaveAttribute('data-value', String(step - 1));
    await expectNoBrokenNumbers(page, 'x^2 - ln(x)');
  });

  test('x² + 10y² from (4, 4) at rate 0.3 diverges', async ({ page }) => {
    await open(page, { f: 'x^2 + 10y^2', start: '4,4', lr: '0.3' });
    await expect(quantity(page, 'status')).toHaveText(/^diverged at step \d+$/);
    await expectNoBrokenNumbers(page, 'x^2 + 10y^2');
  });

  test('|x| from 1 at rate 0.25 says where it is not differentiable', async ({ page }) => {
    await open(page, { f: 'abs(x)', start: '1', lr: '0.25' });
    await expect(figure(page).locator('.playground-lane .example-hint')).toContainText(/not differentiable at step \d+, x = 0/);
    await expectNoBrokenNumbers(page, 'abs(x)');
  });
});

const fuzzSeed = 2323;
/** Pieces of formulas and of junk: digits, the variables, operators, brackets, function names and characters no formula has. */
const fuzzPieces = ['0', '1', '2.5', '1e3', 'x', 'y', 'z', ' ', '+', '-', '*', '/', '^', '(', ')', '[', ',', 'sqrt(', 'ln(', 'exp(', 'sin(', 'abs(', 'pi', 'e', '²', '−', ';', '=', '"', '$', '\\', '.', '!', '{'];

test(`random strings typed into the field never hang the page or show NaN (fast-check seed ${fuzzSeed})`, async ({ page }) => {
  test.setTimeout(150_000);
  const strings = fc.sample(fc.array(fc.constantFrom(...fuzzPieces), { minLength: 1, maxLength: 14 }).map((p) => p.join('')), { seed: fuzzSeed, numRuns: 200 });
  await open(page);
  let runs = 0;
  for (const text of strings) {
    const what = `“${text}”`;
    await formula(page).fill(text);
    await formula(page).press('Enter');
    const answered = await Promise.race([page.evaluate(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    expect(answered, `${what}: the page answers`).toBe(true);
    // Either a message, or a run of this very function (or of the one already shown, when it is the same text).
    await expect
      .poll(async () => (await formulaError(page).count()) > 0 || (await caption(page).innerText()).includes(`f = ${text.trim()}`) || text.trim() === '', { message: `${what}: a run or a message`, timeout: 5000 })
      .toBe(true);
    if ((await formulaError(page).count()) === 0) runs++;
    await expectNoBrokenNumbers(page, what);
  }
  // A grammar this loose still reads some strings: the fuzz reaches the runs, not only the refusals.
  expect(runs).toBeGreaterThan(0);
});

test.describe('what the page loads', () => {
  /** Marks of the formula reader (math.js's parser), of KaTeX's JS and of Observable Plot, in the scripts a page fetched. */
  const marks = { 'the formula reader': 'Unexpected end of expression', 'KaTeX': 'KaTeX parse error', 'Plot': 'plot-d6a7b5' };

  test('the reader, KaTeX and Plot load only on the first edit', async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
    });
    const loaded = async () => {
      const bodies = await Promise.all(scripts);
      return Object.entries(marks)
        .filter(([, mark]) => bodies.some((b) => b.includes(mark)))
        .map(([name]) => name);
    };
    await open(page);
    await page.waitForLoadState('networkidle');
    expect(await loaded(), 'loaded before any edit').toEqual([]);
    await typeFunction(page, 'x^2 + 1');
    await expect.poll(loaded, 'loaded after the first edit').toEqual(Object.keys(marks));
  });

  test('without JavaScript the page shows the default preset’s plot, its function typeset and the iterate table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const plot = figure(page).locator('svg[role="img"]');
    await expect(plot).toHaveCount(1);
    await expect(plot).toHaveAttribute('aria-label', /.{20}/);
    await expect(figure(page).locator('.playground-tex .katex').first()).toBeVisible();
    await expect(figure(page).locator('.playground-tex annotation').first()).toContainText('^{4}');
    await expect(formula(page)).toHaveValue(presets[0]!.params.f);
    await expect(figure(page).locator('table [data-quantity="x@1"]')).toBeVisible();
    await context.close();
  });
});

test('a click on the map of a function of x and y sets the start, and the run follows', async ({ page }) => {
  const heat = presets.find((p) => p.params.f.includes('y'))!;
  await open(page, { f: heat.params.f, start: String(heat.params.start), xrange: String(heat.params.xrange), yrange: String(heat.params.yrange) });
  const start = page.locator(`#${id}-start`);
  const before = await start.inputValue();
  const map = figure(page).locator('.example-plot svg').first();
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.6, y: box.height * 0.4 } });
  await expect(start).not.toHaveValue(before);
  const [x, y] = (await start.inputValue()).split(',').map(Number);
  await expect(quantity(page, 'x@0')).toHaveAttribute('data-value', String(x));
  await expect(quantity(page, 'y@0')).toHaveAttribute('data-value', String(y));
  await expect.poll(() => fromAddress(page, 'start')).toBe(`${x},${y}`);
});

test('a click on the curve of a function of x sets the start there, before any other edit', async ({ page }) => {
  await open(page);
  const start = page.locator(`#${id}-start`);
  const before = await start.inputValue();
  const curve = figure(page).locator('.example-plot svg').first();
  const box = (await curve.boundingBox())!;
  // Halfway across the curve's drawing area, which its margins centre on the window's midpoint.
  await curve.click({ position: { x: box.width * 0.55, y: box.height * 0.5 } });
  await expect(start).not.toHaveValue(before);
  const x = Number(await start.inputValue());
  await expect.poll(() => fromAddress(page, 'start')).toBe(String(x));
  await expect(quantity(page, 'x@0')).toHaveAttribute('data-value', String(x));
  const [from, to] = fromAddress(page, 'xrange')!.split(',').map(Number);
  expect(x).toBeGreaterThan(from! + (to! - from!) * 0.45);
  expect(x).toBeLessThan(from! + (to! - from!) * 0.65);
});

test('the formula field, the preset menu and Copy link are reached with Tab', async ({ page }) => {
  await open(page);
  const wanted = [`${id}-preset`, `${id}-f`, 'Copy link'];
  const reached = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < 150 && !wanted.every((w) => reached.has(w)); i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''));
  }
  expect(wanted.filter((w) => !reached.has(w)), 'not reached by Tab').toEqual([]);
});
