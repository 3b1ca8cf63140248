import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const draftText = (page: Page) => page.locator('.editor-content').evaluate((el) => el.textContent ?? '');

test('edit the questions: add, move (the answer moves too), remove and undo; the draft follows', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  // Answer Question 2 first.
  await editor.locator('h3:has-text("Question 2:") + p').click();
  await page.keyboard.type('Our answer to the partnerships question.');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.getByRole('button', { name: 'Edit questions' }).click();
  await page.getByRole('button', { name: 'Move Question 2 up' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Moved Question 2: it is now Question 1, in chapter 2.' }),
  ).toBeVisible();
  let text = await draftText(page);
  expect(text.indexOf('Question 1: How should we develop the proposal')).toBeGreaterThan(-1);
  expect(text.indexOf('Our answer to the partnerships question.')).toBeGreaterThan(
    text.indexOf('Question 1: How should we develop'),
  );
  expect(text.indexOf('Our answer to the partnerships question.')).toBeLessThan(
    text.indexOf('Question 2: What key factors'),
  );

  // Chapter 2 is the second chapter (chapter 1 has no questions yet).
  await page.getByLabel('New question in this chapter').nth(1).fill('How should key workers be funded?');
  await page.getByRole('button', { name: 'Add question' }).nth(1).click();
  await expect(editor).toContainText('Question 8: How should key workers be funded?');
  text = await draftText(page);
  expect(text.indexOf('Question 8: How should key workers')).toBeGreaterThan(text.indexOf('Question 7:'));
  expect(text.indexOf('Question 8: How should key workers')).toBeLessThan(
    text.indexOf('Question 9: Strengthening early years'),
  );

  await page.getByRole('button', { name: 'Remove Question 8' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed Question 8.' })).toBeVisible();
  // Nothing was written under it, so its section goes too (an answer would have stayed, marked as removed).
  await expect(editor).not.toContainText('How should key workers be funded?');
  expect((await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(
    22,
  );
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone.' })).toBeVisible();
  expect((await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(
    23,
  );
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await workbench.project.drafts.get()).content).toContain('Question 8: How should key workers be funded?');

  // Removing a question that has an answer keeps the answer, under a heading that says what happened.
  await page.getByRole('button', { name: 'Remove Question 1', exact: true }).click();
  await expect(editor).toContainText('Removed question: How should we develop the proposal');
  text = await draftText(page);
  expect(text.indexOf('Our answer to the partnerships question.')).toBeGreaterThan(
    text.indexOf('Removed question: How should we develop'),
  );
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toContainText('Question 1: How should we develop the proposal');
  await expect(editor).not.toContainText('Removed question:');
});

test("a question added to a chapter with none gets that chapter's heading in the draft, in its place", async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Edit questions' }).click();
  await page.getByLabel('New question in this chapter').first().fill('What is the case for change in your area?');
  await page.getByRole('button', { name: 'Add question' }).first().click();
  const editor = page.locator('.editor-content');
  await expect(editor).toContainText('Question 1: What is the case for change in your area?');
  const text = await draftText(page);
  expect(text.indexOf('Chapter 1: The case for change')).toBeGreaterThan(text.indexOf('Summary of key points'));
  expect(text.indexOf('Question 1: What is the case for change')).toBeLessThan(text.indexOf('Chapter 2:'));
  expect((await workbench.project.consultation.getConsultation()).chapters[1]!.questions[0]!.number).toBe(2);
});
