import { chapterPages, chapters } from '../../src/chapters.ts';
import type { NumberParam } from '../../src/problems/types.ts';
import { builtPage, expect, hydrateExample, hydrateExamples, registry, sitePages, test } from './site.ts';

// Chapters split into pages, old links into them, the home page's chapter list and the errata notes.

/**
 * A page of one sitting: at most about this many screens of 1280 × 800 once every island has
 * rendered ("about": half a screen over, a few figures' caption lines, still passes).
 */
const screens = 15.5;

const moved = [...registry().values()].filter((e) => e.page !== e.chapter);

/** Every exercise the built chapters carry (the exercises registry, rendered): its id, chapter and page. */
const base = new URL(process.env.BASE ?? '/', 'http://x').pathname;
const exercises = sitePages().flatMap((path) =>
  [...builtPage(path).matchAll(/<article class="exercise" id="([^"]+)"/g)].map((m) => ({
    id: m[1]!,
    page: path.slice(base.length, -1),
    chapter: path.slice(base.length).split('/')[0]!,
  })),
);
const movedExercises = exercises.filter((e) => e.page !== e.chapter);

test('some examples and exercises live on a later page of their chapter', () => {
  expect(moved.length).toBeGreaterThan(0);
  expect(movedExercises.length).toBeGreaterThan(0);
});

for (const entry of moved) {
  const spec = entry.params.find((p): p is NumberParam => p.kind === 'number');
  test(`the old link /${entry.chapter}/#${entry.id} lands on ${entry.page}/, with its settings`, async ({ page, baseURL }) => {
    await page.goto(`${entry.chapter}/#${entry.id}`);
    await expect(page).toHaveURL(`${baseURL}${entry.page}/#${entry.id}`);
    if (!spec) return;
    const value = String(Number((spec.min + spec.step).toPrecision(12)));
    const query = `?${entry.id}.${spec.name}=${value}`;
    await page.goto(`${entry.chapter}/${query}#${entry.id}`);
    await expect(page).toHaveURL(`${baseURL}${entry.page}/${query}#${entry.id}`);
    const figure = await hydrateExample(page, entry.id);
    await expect(figure.locator(`#${entry.id}-${spec.name}`)).toHaveValue(value);
  });
}

test('a chapter address whose anchor did not move, or names nothing, stays where it is', async ({ page, baseURL }) => {
  const [chapter] = moved.map((e) => e.chapter);
  const stays = [...registry().values()].find((e) => e.page === chapter)!;
  for (const hash of [`#${stays.id}`, '#constructor', '#%E0%A4%A']) {
    await page.goto(`${chapter}/${hash}`);
    await expect(page).toHaveURL(`${baseURL}${chapter}/${hash}`);
  }
});

for (const exercise of movedExercises) {
  test(`the old link /${exercise.chapter}/#${exercise.id} lands on the exercise's page`, async ({ page, baseURL }) => {
    await page.goto(`${exercise.chapter}/#${exercise.id}`);
    await expect(page).toHaveURL(`${baseURL}${exercise.page}/#${exercise.id}`);
    await expect(page.locator(`article#${exercise.id}`)).toBeVisible();
  });
}

// The pages of the chapters that were too long for one sitting (a chapter split into pages).
for (const part of chapters.filter((c) => c.parts.length > 1).flatMap((c) => c.parts)) {
  test(`${part.id}/ is one sitting: at most ${screens} screens at 1280 × 800`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${part.id}/`);
    await hydrateExamples(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 800).toBeLessThanOrEqual(screens);
  });
}

test('the sidebar numbers the chapters and groups a split chapter’s pages; prev and next run through every page in reading order', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${chapters[0]!.slug}/`);
  const sidebar = page.locator('nav.sidebar');
  for (const c of chapters) {
    const label = `${c.number}. ${c.title}`;
    if (c.parts.length === 1) {
      await expect(sidebar.getByRole('link', { name: label, exact: true })).toHaveAttribute('href', new RegExp(`/${c.slug}/$`));
      continue;
    }
    const group = sidebar.locator('details', { has: page.locator(':scope > summary', { hasText: label }) });
    const hrefs = await group.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.map((h) => h.slice(base.length)), label).toEqual(c.parts.map((p) => `${p.id}/`));
  }

  for (const [i, part] of chapterPages.entries()) {
    await page.goto(`${part.id}/`);
    const current = page.locator('nav.sidebar a[aria-current="page"]');
    await expect(current).toHaveAttribute('href', new RegExp(`/${part.id}/$`));
    await expect(current).toBeVisible();
    const before = chapterPages[i - 1];
    const after = chapterPages[i + 1];
    if (before) await expect(page.locator('.pagination-links a[rel="prev"]'), part.id).toHaveAttribute('href', new RegExp(`/${before.id}/$`));
    if (after) await expect(page.locator('.pagination-links a[rel="next"]'), part.id).toHaveAttribute('href', new RegExp(`/${after.id}/$`));
  }
});

test('the home page lists every chapter with a line, what to know first, a reading time and its counts from the registries', async ({ page }) => {
  await page.goto('');
  const listed = await page.locator('[data-chapter-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter-entry')));
  expect(listed).toEqual(chapters.map((c) => c.slug));
  for (const c of chapters) {
    const entry = page.locator(`[data-chapter-entry="${c.slug}"]`);
    await expect(entry.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', new RegExp(`/${c.slug}/$`));
    await expect(entry).toContainText(c.description);
    await expect(entry.locator('.chapter-needs')).toContainText('Before you start:');
    const examples = [...registry().values()].filter((e) => e.chapter === c.slug).length;
    const exercisesHere = exercises.filter((e) => e.chapter === c.slug).length;
    await expect(entry.locator('[data-examples]')).toHaveText(`${examples} worked example${examples === 1 ? '' : 's'}`);
    await expect(entry.locator('[data-exercises]')).toHaveText(`${exercisesHere} exercise${exercisesHere === 1 ? '' : 's'}`);
    const minutes = Number(await entry.locator('[data-reading-minutes]').getAttribute('data-reading-minutes'));
    expect(minutes, c.slug).toBeGreaterThan(examples);
    await expect(entry.locator('[data-reading-minutes]')).toHaveText(`About ${minutes} min`);
  }
});

test('errata are collapsed notes beside the numbers they correct, open from the keyboard, and every one is on the errata page', async ({ page }) => {
  test.setTimeout(180_000);
  const errata = [...registry().values()].flatMap((e) =>
    (e.documented as { name: string; erratum?: string }[]).filter((d) => d.erratum).map((d) => `${e.id}:${d.name}`),
  );
  await page.goto('errata/');
  const listed = await page.locator('tr[data-erratum]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-erratum')));
  expect(listed.sort()).toEqual(errata.sort());

  let seen = 0;
  const wording: string[] = [];
  for (const path of sitePages()) {
    await page.goto(path);
    const notes = page.locator('.sl-markdown-content details.source-details[data-erratum]');
    for (const note of await notes.all()) {
      seen++;
      expect(await note.evaluate((d) => (d as HTMLDetailsElement).open), path).toBe(false);
      await expect(note.locator(':scope > summary')).toHaveText(/^Erratum: /);
      const quoted = await note.locator('[data-quote]').evaluateAll((els) => els.map((e) => e.getAttribute('data-quote')!));
      if (quoted.length === 0) {
        // An erratum in the wording: the errata page links to it.
        const id = await note.getAttribute('id');
        expect(id, `${path}: an erratum without a number has an anchor`).toBeTruthy();
        wording.push(`${path}#${id}`);
      }
      for (const example of new Set(quoted.filter((q) => errata.includes(q)).map((q) => q.split(':')[0]!))) {
        // Beside the numbers it corrects: in its section, before it, the text quotes them or their figure shows them.
        const beside = await note.evaluate((d, id) => {
          for (let el = d.previousElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.previousElementSibling)
            if (el.querySelector(`figure#${id}, [data-quote^="${id}:"]`)) return true;
          return false;
        }, example);
        expect(beside, `${path}: the erratum on ${example} follows its numbers`).toBe(true);
      }
    }
  }
  expect(seen).toBeGreaterThanOrEqual(4);
  await page.goto('errata/');
  const linked = await page.locator('li[data-erratum] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.hash));
  expect(linked.sort()).toEqual(wording.sort());

  await page.goto('gradient-descent-one-variable/');
  const note = page.locator('details.source-details[data-erratum]').first();
  await note.locator('summary').focus();
  await page.keyboard.press('Enter');
  expect(await note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await expect(note.locator('.source-details-body')).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await note.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
});

for (const slug of ['derivatives', 'partial-derivatives', 'gradients', 'convexity']) {
  test(`${slug} has a “What to try” section of three to five things to do`, async ({ page }) => {
    await page.goto(`${slug}/`);
    const items = page.locator('.sl-markdown-content h2#what-to-try + ul > li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    expect(await items.count()).toBeLessThanOrEqual(5);
  });
}
