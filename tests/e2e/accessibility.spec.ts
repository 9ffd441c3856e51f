import AxeBuilder from '@axe-core/playwright';
import { expect, hydrateExample, hydrateExamples, phoneWidth, renderExercises, sitePages, smallChartText, tableProblems, test, watchProblems, widestElement } from './site.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of sitePages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} has no WCAG 2.2 AA violations in ${colorScheme} mode`, async ({ browser }) => {
      // axe visits every node, and a long chapter has thousands: allow for a busy machine.
      test.slow();
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(path);
      await hydrateExamples(page);
      expect(problems).toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  test(`${path} fits a phone-width screen without sideways scrolling, and its chart text is legible there`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport: { width: phoneWidth, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(path);
    await hydrateExamples(page);
    await renderExercises(page);
    // Hints, solutions and other notes take the column's width once opened: measure them open.
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.sl-markdown-content details').forEach((d) => (d.open = true)));
    // A phone widens its layout viewport to fit what overflows, so compare with the screen, not window.innerWidth.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `wider than the screen because of ${await widestElement(page)}`).toBeLessThanOrEqual(phoneWidth);
    expect(await smallChartText(page), 'chart text under 11 CSS px').toEqual([]);
    expect(await tableProblems(page), 'tables on a phone').toEqual([]);
    await context.close();
  });

  test(`${path} keeps its table captions whole, and its wide tables say that they scroll (1280 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await hydrateExamples(page);
    expect(await tableProblems(page)).toEqual([]);
  });
}

test('a chart drawn live on a phone, for settings from the address, keeps its text legible', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: phoneWidth, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto('gradient-descent-one-variable/?quartic-descent.lr=1.5#quartic-descent');
  const figure = await hydrateExample(page, 'quartic-descent');
  await expect(figure.locator('.example-plot svg text').first()).toBeVisible();
  expect(await smallChartText(page)).toEqual([]);
  await context.close();
});
