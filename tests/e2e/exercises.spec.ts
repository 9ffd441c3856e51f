import type { Page } from '@playwright/test';
import { expect, test } from './site.ts';

const chapter = 'gradient-descent-one-variable/';

async function openExercise(page: Page, id: string) {
  const form = page.locator(`form[data-exercise="${id}"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-state', 'ready');
  return form;
}

test('a chapter ends with its exercises: question, hints and solution in the pre-rendered page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(chapter);
  const section = page.locator('section.exercises');
  await expect(section.getByRole('heading', { level: 2, name: 'Exercises' })).toBeVisible();
  const exercise = section.locator('article#exercise-one-step');
  await expect(exercise.locator('form[data-exercise="exercise-one-step"]')).toHaveCount(1);
  await expect(exercise.getByLabel('x₁ =')).toBeVisible();
  await expect(exercise.getByRole('button', { name: 'Check' })).toBeVisible();
  await expect(exercise.locator('details.exercise-hint').first()).toContainText('The update is');
  await expect(exercise.locator('details.exercise-solution')).toContainText('4.12');
  // The chapter's "On this page" list leads to them.
  await expect(page.locator('starlight-toc a[href="#exercises"]')).toHaveCount(1);
  await context.close();
});

test('answering an exercise right and wrong sets data-result and explains the mistake', async ({ page }) => {
  await page.goto(`${chapter}#exercise-one-step`);
  const form = await openExercise(page, 'exercise-one-step');
  const field = form.getByLabel('x₁ =');
  const feedback = form.getByRole('status');

  await field.fill('3.88');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form).toHaveAttribute('data-result', 'incorrect');
  await expect(feedback).toContainText('You stepped with the slope');

  await field.fill('4 - 0.3*(-0.4)');
  await field.press('Enter');
  await expect(form).toHaveAttribute('data-result', 'correct');
  await expect(feedback).toHaveText('Correct.');
});

test('a formula is checked at random points, and a choice by its value', async ({ page }) => {
  // The choice is on the chapter's second page: the chapter's address sends its anchor there.
  await page.goto(`${chapter}#exercise-learning-rate`);
  const choice = await openExercise(page, 'exercise-learning-rate');
  await choice.locator('input[value="1"]').check();
  await choice.getByRole('button', { name: 'Check' }).click();
  await expect(choice).toHaveAttribute('data-result', 'incorrect');
  await expect(choice.getByRole('status')).toContainText('bounce');
  await choice.locator('input[value="0.3"]').check();
  await choice.getByRole('button', { name: 'Check' }).click();
  await expect(choice).toHaveAttribute('data-result', 'correct');

  await page.goto(chapter);
  const number = await openExercise(page, 'exercise-intercept-slope');
  await number.getByRole('textbox').fill('-2.852');
  await number.getByRole('button', { name: 'Check' }).click();
  await expect(number.getByRole('status')).toContainText('dropped the factor 2');
});

test('an empty answer is not judged', async ({ page }) => {
  await page.goto(chapter);
  const form = await openExercise(page, 'exercise-one-step');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toHaveText('Type an answer first.');
  await expect(form).not.toHaveAttribute('data-result', /./);
});

test('the answer checker and its parser load only when an exercise is used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(chapter);
  const form = await openExercise(page, 'exercise-one-step');
  expect(scripts.filter((s) => s.includes('judge'))).toEqual([]);
  await form.getByRole('textbox').fill('4.12');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form).toHaveAttribute('data-result', 'correct');
  expect(scripts.filter((s) => s.includes('judge')).length).toBe(1);
});
