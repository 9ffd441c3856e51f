import { expect, hydrateExamples, sitePages, test } from './site.ts';

const pages = sitePages();

for (const path of pages) {
  test(`every internal link and #anchor on ${path} resolves, including those the widgets render`, async ({ page, request, baseURL }) => {
    await page.goto(path);
    await hydrateExamples(page);
    const origin = new URL(baseURL!).origin;
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs)].filter((href) => href.startsWith(origin));
    expect(internal.length).toBeGreaterThan(0);
    const bodies = new Map<string, string>();
    for (const href of internal) {
      const url = new URL(href);
      const target = `${url.origin}${url.pathname}`;
      if (!bodies.has(target)) {
        const response = await request.get(target);
        expect(response.status(), `${path} links to ${href}`).toBe(200);
        bodies.set(target, await response.text());
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor === '' || anchor === '_top') continue;
      const here = target === new URL(page.url()).origin + new URL(page.url()).pathname;
      const found = here
        ? await page.evaluate((id) => document.getElementById(id) !== null, anchor)
        : bodies.get(target)!.includes(`id="${anchor}"`);
      expect(found, `${path} links to #${anchor} on ${url.pathname}`).toBe(true);
    }
  });

  test(`${path} has a title and a meta description`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/\S/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.trim().length ?? 0).toBeGreaterThan(40);
  });
}
