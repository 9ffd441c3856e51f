import AxeBuilder from '@axe-core/playwright';
import { expect, hydrateExamples, sitePages, test, watchProblems } from './site.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of sitePages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} has no WCAG 2.2 AA violations in ${colorScheme} mode`, async ({ browser }) => {
      // axe visits every node, and a long chapter has thousands: allow for a busy machine.
      test.slow();
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(path);
      await hydrateExamples(page);
      expect(problems).toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  test(`${path} fits a phone-width screen without sideways scrolling`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(path);
    await hydrateExamples(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
