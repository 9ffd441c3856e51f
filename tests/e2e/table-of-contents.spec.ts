import { expect, test } from './site.ts';

// The book replaces Starlight's "On this page" script with a lighter one (src/starlight/starlight-toc.ts).
for (const [screen, viewport, toc] of [
  ['wide', { width: 1280, height: 800 }, 'starlight-toc'],
  ['phone-width', { width: 375, height: 800 }, 'mobile-starlight-toc'],
] as const) {
  test(`"On this page" marks the section being read (${screen} screen)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('gradient-descent-one-variable/');
    const current = page.locator(`${toc} a[aria-current="true"]`);
    await expect(current).toHaveAttribute('href', '#_top');
    const headings = page.locator('.sl-markdown-content > h2');
    for (const n of [2, 1]) {
      const id = (await headings.nth(n).getAttribute('id'))!;
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), id);
      await expect(current).toHaveAttribute('href', `#${id}`);
    }
  });
}
