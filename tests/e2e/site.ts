import { readFileSync, readdirSync } from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import type { ParamSpec } from '../../src/problems/types.ts';

const dist = new URL('../../dist/', import.meta.url);

/** Every page of the built book, as paths under the base, read from its sitemap (never a hand-kept list). */
export function sitePages(): string[] {
  const maps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = maps.flatMap((f) => [...readFileSync(new URL(f, dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  if (urls.length === 0) throw new Error('The built sitemap lists no pages: build the book first.');
  return urls.map((u) => new URL(u).pathname);
}

/** The built HTML of a page given by its path under the base, as `sitePages` lists it. */
export function builtPage(path: string): string {
  const base = new URL(process.env.BASE ?? '/', 'http://x').pathname;
  return readFileSync(new URL(`${path.slice(base.length)}index.html`, dist), 'utf8');
}

/** Collects the console errors, CSP violations, page errors and failed requests of `page`; a clean page leaves it empty. */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'an inline block'}`),
    ),
  );
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A navigation cancels the requests still under way (net::ERR_ABORTED): that is the test moving on, not a
  // broken page. A missing file shows as an HTTP error below, a blocked one as a CSP violation.
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${reason})`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

/** Every test's own page must log no console error, throw no page error and fail no request. */
export const test = base.extend<{ cleanPage: void }>({
  cleanPage: [
    async ({ page }, use) => {
      const problems = await watchProblems(page);
      await use();
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

/** A page's main text shows no NaN, Infinity or undefined: what a broken number prints. */
export async function expectNoBrokenNumbers(page: Page, what?: string) {
  expect(await page.locator('main').innerText(), what).not.toMatch(/\bNaN\b|Infinity|undefined/);
}

/** The page an example is placed on, found in the built book (a chapter may be split into parts). */
export function pageOf(id: string): string {
  const path = sitePages().find((p) => builtPage(p).includes(`data-example="${id}"`));
  if (!path) throw new Error(`No built page shows the example ${id}.`);
  return path;
}

/** How long an island may take to load, hydrate and run: on a busy machine the first one takes seconds. */
const hydrationTimeout = 30_000;

/** Brings one example into view so that its island hydrates, and waits until it has run. */
export async function hydrateExample(page: Page, id: string) {
  const figure = page.locator(`figure[data-example="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready', { timeout: hydrationTimeout });
  return figure;
}

/** Brings every example into view so that its island hydrates, and waits until each has run. */
export const hydrateExamples = (page: Page) => untilAllReady(page, 'figure[data-example]');

/** Brings every exercise into view so that its form hydrates, and waits until each is ready. */
export const renderExercises = (page: Page) => untilAllReady(page, 'form[data-exercise]');

/** Brings each element that `selector` matches into view, in page order, and waits until its `data-state` is `ready`. */
async function untilAllReady(page: Page, selector: string) {
  const islands = page.locator(selector);
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-state', 'ready', { timeout: hydrationTimeout });
  }
}

/** The width of a phone's screen in CSS px, as the phone tests use it. */
export const phoneWidth = 375;

/**
 * What makes a page wider than a phone's screen, found by hiding elements: from the body down, the
 * child whose hiding narrows the page most, until no child does. Returns that element's path.
 * (A position test misses overflow that escapes a scrolling box through an absolutely placed child.)
 */
export function widestElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const width = () => document.documentElement.scrollWidth;
    const widthWithout = (el: HTMLElement) => {
      const display = el.style.display;
      el.style.display = 'none';
      const w = width();
      el.style.display = display;
      return w;
    };
    const path: string[] = [];
    for (let node: Element = document.body; ; ) {
      let best: { el: HTMLElement; w: number } | null = null;
      for (const child of node.children) {
        if (!(child instanceof HTMLElement)) continue;
        const w = widthWithout(child);
        if (w < (best?.w ?? width())) best = { el: child, w };
      }
      if (!best) return path.slice(-5).join(' > ');
      node = best.el;
      path.push([node.tagName.toLowerCase(), node.id ? `#${node.id}` : '', ...[...node.classList].slice(0, 2).map((c) => `.${c}`)].join(''));
    }
  });
}

/**
 * Every chart text drawn smaller than 11 CSS px (at most ten, with the chart and the size): its
 * font size in the chart's units times the chart's scale on screen (`getScreenCTM`).
 */
export function smallChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('.example-plot svg text')) {
      if (!text.textContent?.trim() || text.getBBox().width === 0) continue;
      const scale = text.getScreenCTM()?.a ?? 1;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 11) small.push(`${text.closest('figure')?.id}: "${text.textContent.trim()}" at ${size.toFixed(1)} px`);
    }
    return small.slice(0, 10);
  });
}

/**
 * What is wrong with the page's table scroll boxes as shown: a caption that does not fit in its box
 * (cut off at the box's edge, or by its own width), a box that scrolls with no tab stop or name, or
 * whose caption does not say that it scrolls, and a box that does not scroll but says it does.
 * A box not shown (in a closed `<details>`) is left out.
 */
export function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const caption of document.querySelectorAll('caption')) {
      const box = caption.closest<HTMLElement>('.example-table, .source-comparison');
      if (!box?.checkVisibility()) continue;
      const name = `${caption.closest('figure')?.id ?? 'table'} "${caption.textContent?.trim().slice(0, 30)}…"`;
      const edge = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
      if (caption.getBoundingClientRect().right > edge + 0.5 || caption.scrollWidth > caption.clientWidth + 0.5) problems.push(`${name}: caption cut off`);
      const scrolls = box.scrollWidth > box.clientWidth + 0.5 && box.scrollLeft === 0;
      const says = getComputedStyle(caption, '::after').content.includes('Scroll');
      if (scrolls && !(box.tabIndex === 0 && box.getAttribute('aria-label'))) problems.push(`${name}: scrolls without a named tab stop`);
      if (scrolls && !says) problems.push(`${name}: scrolls without saying so`);
      if (!scrolls && says) problems.push(`${name}: says it scrolls but does not`);
    }
    return problems;
  });
}

export interface RegistryEntry {
  id: string;
  chapter: string;
  /** The page that places the example: its path under the base, without slashes at the ends. */
  page: string;
  documented: { name: string; value: number | string; tolerance: number }[];
  params: ParamSpec[];
  /** The address of "Open in the playground" with the example's defaults, where it has that link. */
  playground?: string;
}

/** The registry as the build wrote it (`examples.json`): each example's numbers and parameters. */
export function registry(): Map<string, RegistryEntry> {
  const { examples } = JSON.parse(readFileSync(new URL('examples.json', dist), 'utf8')) as { examples: RegistryEntry[] };
  return new Map(examples.map((e) => [e.id, e]));
}

/** The path of the page that places an example, under the base: `gradient-descent-one-variable/learning-rate/`. */
export function examplePath(id: string): string {
  const entry = registry().get(id);
  if (!entry) throw new Error(`The registry has no example "${id}".`);
  return `${entry.page}/`;
}

/** A chapter's pages that place examples, in the order the registry lists their examples. */
export function chapterPaths(chapter: string): string[] {
  return [...new Set([...registry().values()].filter((e) => e.chapter === chapter).map((e) => `${e.page}/`))];
}

export { expect };
