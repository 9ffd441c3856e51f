import { expect, hydrateExample, pageOf, test } from './site.ts';

const runCaption = (id: string) => `figure[data-example="${id}"] p.run-caption[aria-live="polite"]`;

for (const { id, query, caption, stale } of [
  { id: 'quartic-descent', query: 'quartic-descent.lr=1.5', caption: /^From x = 4 at rate 1\.5 the iterates (jump about|bounce) between [\d.]+ and [\d.]+ and run out of steps after 100\.$/, stale: /0\.3|rate/i },
  {
    id: 'heat-descent',
    query: 'heat-descent.x0=5,5&heat-descent.lr=0.1',
    caption: /^From \(x, y\) = \(5, 5\) at rate 0\.1 the iterates converge to \(4, 4\) after \d+ steps\.$/,
    stale: /0\.5|0\.6|0\.05|rate/,
  },
  { id: 'tips-minibatch', query: 'tips-minibatch.batch=64', caption: /^Batch size 64 cuts the 244 rows into 3 batches of 64 and one of 52 each epoch\./, stale: /61|four/ },
  { id: 'convexity-chord', query: 'convexity-chord.fn=plateau', caption: /^On the plateau 1 − e\^\(−x²\/2\), from a = /, stale: /quartic|minimum/ },
]) {
  test(`a link to ${id} with ${query} gets a caption of that run under a title with no stale setting`, async ({ page }) => {
    await page.goto(`${pageOf(id)}?${query}#${id}`);
    const figure = await hydrateExample(page, id);
    await expect(page.locator(runCaption(id))).toHaveText(caption);
    await expect(page.locator(runCaption(id))).not.toHaveText(/quartic/.test(id) ? /converge/ : /^$/);
    await expect(figure.locator('figcaption')).not.toHaveText(stale);
    await expect(figure.locator('.example-summary')).toHaveText(/^With the default settings: /);
  });
}

test("a deep link's caption is the default run's before hydration, then the linked run's, then follows the controls", async ({ page, browser }) => {
  const path = pageOf('quartic-descent');
  const link = `${path}?quartic-descent.lr=1.5#quartic-descent`;
  const defaultRun = /^From x = 4 at rate 0\.3 the iterates converge to x = 5\.326345 after \d+ steps\.$/;

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noScript.newPage();
  await staticPage.goto(new URL(link, test.info().project.use.baseURL).href);
  await expect(staticPage.locator(runCaption('quartic-descent'))).toHaveText(defaultRun);
  await noScript.close();

  await page.goto(link);
  const figure = await hydrateExample(page, 'quartic-descent');
  const caption = page.locator(runCaption('quartic-descent'));
  await expect(caption).toHaveText(/^From x = 4 at rate 1\.5 /);
  await expect(figure.locator('.example-summary')).toHaveText(/^With the default settings: /);

  const rate = figure.getByLabel('Learning rate', { exact: true });
  await rate.fill('0.3');
  await rate.press('Enter');
  await expect(caption).toHaveText(defaultRun);
  await expect(figure.locator('.example-summary')).not.toHaveText(/With the default settings/);
  await rate.fill('10');
  await rate.press('Enter');
  await expect(caption).toHaveText(/^From x = 4 at rate 10 the iterates grow without bound: diverged at step \d+\.$/);
});
