import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './site.ts';

const chapter = 'gradient-descent-one-variable/';

async function solve(page: Page, id: string, answer: string) {
  const form = page.locator(`form[data-exercise="${id}"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-state', 'ready');
  await form.getByRole('textbox').fill(answer);
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form).toHaveAttribute('data-result', /correct/);
  return form;
}

test('progress is kept across a reload, and the home page offers to continue', async ({ page }) => {
  await page.goto(chapter);
  await solve(page, 'exercise-one-step', '4.12');
  await solve(page, 'exercise-intercept-slope', '5.704');
  await page.reload();
  const first = page.locator('form[data-exercise="exercise-one-step"]');
  await first.scrollIntoViewIfNeeded();
  await expect(first).toHaveAttribute('data-result', 'correct');
  await expect(first.getByRole('textbox')).toHaveValue('4.12');
  await expect(page.locator('form[data-exercise="exercise-intercept-slope"]')).toHaveAttribute('data-result', 'incorrect');

  await page.goto('');
  const link = page.getByRole('link', { name: 'Gradient descent in one variable' }).and(page.locator('.continue-reading a'));
  await expect(link).toHaveAttribute('href', /gradient-descent-one-variable\/#exercise-intercept-slope$/);
  await link.click();
  await expect(page.locator('#exercise-intercept-slope')).toBeInViewport();
});

test('progress can be exported, reset and imported again', async ({ page }, testInfo) => {
  await page.goto(chapter);
  await solve(page, 'exercise-one-step', '4.12');
  await page.goto('progress/');
  const panel = page.locator('.progress-panel[data-state="ready"]');
  const row = panel.locator('tr[data-progress-chapter="gradient-descent-one-variable"]');
  await expect(row).toContainText('1 of 5');

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^descent-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.exercises['exercise-one-step']).toMatchObject({ answer: '4.12', result: 'correct' });

  await panel.getByRole('button', { name: 'Reset progress…' }).click();
  await panel.getByRole('button', { name: 'Keep it' }).click();
  await expect(row).toContainText('1 of 5');
  await panel.getByRole('button', { name: 'Reset progress…' }).click();
  await panel.getByRole('button', { name: 'Yes, erase my progress' }).click();
  await expect(row).toContainText('0 of 5');
  await expect(panel.getByRole('status')).toHaveText('Your progress has been erased.');

  const bad = testInfo.outputPath('bad.json');
  writeFileSync(bad, '{"book": "something else"}');
  await panel.getByLabel('Import progress from a file:').setInputFiles(bad);
  await expect(panel.locator('.progress-message')).toContainText('Nothing was imported. This is not a progress file from this book');
  writeFileSync(bad, 'not json at all');
  await panel.getByLabel('Import progress from a file:').setInputFiles(bad);
  await expect(panel.locator('.progress-message')).toContainText('This file is not JSON');
  await expect(row).toContainText('0 of 5');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.getByLabel('Import progress from a file:').click()]);
  await chooser.setFiles(file);
  await expect(panel.locator('.progress-message')).toContainText('Imported progress.json: 1 solved exercise.');
  await expect(row).toContainText('1 of 5');

  await page.goto(chapter);
  const form = page.locator('form[data-exercise="exercise-one-step"]');
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-result', 'correct');
});

test('the book works when storage throws, and says once that progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
  });
  await page.goto(chapter);
  const notice = page.locator('section.exercises [data-progress-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('will not be remembered');
  const form = await solve(page, 'exercise-one-step', '4.12');
  await expect(form).toHaveAttribute('data-result', 'correct');
  const figure = page.locator('figure[data-example="quartic-descent"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-state', 'ready');

  await page.reload();
  await expect(page.locator('section.exercises [data-progress-notice]')).toBeHidden();
  await page.goto('progress/');
  await expect(page.locator('.progress-panel .progress-notice')).toContainText('not letting the book save anything');
  await page.goto('');
  await expect(page.locator('.continue-reading')).toHaveCount(0);
});
