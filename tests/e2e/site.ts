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
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  void page.addInitScript(() =>
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
      const problems = watchProblems(page);
      await use();
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

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
export async function hydrateExamples(page: Page) {
  const figures = page.locator('figure[data-example]');
  for (let i = 0; i < (await figures.count()); i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-state', 'ready', { timeout: hydrationTimeout });
  }
}

export interface RegistryEntry {
  id: string;
  chapter: string;
  /** The page it is on after the first, in a chapter of several pages. */
  page?: string;
  documented: { name: string; value: number | string; tolerance: number }[];
  params: ParamSpec[];
}

/** The registry as the build wrote it (`examples.json`): each example's numbers and parameters. */
export function registry(): Map<string, RegistryEntry> {
  const { examples } = JSON.parse(readFileSync(new URL('examples.json', dist), 'utf8')) as { examples: RegistryEntry[] };
  return new Map(examples.map((e) => [e.id, e]));
}

/** The path, below the base, of the page an example is on. */
export function entryPath(entry: RegistryEntry): string {
  return `/${entry.chapter}/${entry.page ? `${entry.page}/` : ''}`;
}

export { expect };
