import { expect, sitePages, test } from './site.ts';

for (const path of sitePages()) {
  test(`${path} gives every element a unique id, so a link to #id lands on one place`, async ({ page }) => {
    await page.goto(path);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
}
