import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const draftText = (page: Page) => page.locator('.editor-content').evaluate((el) => el.textContent ?? '');
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('details, word limits, dragging a question and moving one across chapters by keyboard', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Edit questions' }).click();

  // The shipped Green Paper closes on 22 July 2022: a week's extension, say.
  await page.getByLabel('Closing date').fill('2022-07-29');
  await page.getByLabel('Department', { exact: true }).fill('Department for Education');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(status(page, 'Consultation details saved.')).toBeVisible();
  await expect(page.locator('.consultation-title')).toContainText('closes 29 July 2022');
  expect(await workbench.project.consultation.getConsultation()).toMatchObject({
    department: 'Department for Education',
    deadline: '2022-07-29',
  });

  // A word limit of its own for Question 1, seen beside its answer's count in the question list.
  const limit = page
    .getByRole('textbox', { name: 'Word limit' })
    .or(page.getByRole('spinbutton', { name: 'Word limit' }))
    .first();
  await limit.fill('100');
  await limit.press('Enter');
  await expect(status(page, "Question 1's word limit is now 100.")).toBeVisible();

  // Drag Question 2 onto the top half of Question 1: it becomes Question 1, and its draft section moves too.
  // (Both rows in view first: Chromium picks the dragged element where the pointer is once it moves.)
  const rows = page.locator('.consultation-editor li[data-question-id]');
  await rows.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const [firstTitle, secondTitle] = [
    (await rows.nth(0).locator('textarea').inputValue()).slice(0, 30),
    (await rows.nth(1).locator('textarea').inputValue()).slice(0, 30),
  ];
  await rows
    .nth(1)
    .locator('.drag-handle')
    .dragTo(rows.first(), { targetPosition: { x: 40, y: 6 } });
  await expect(status(page, 'Moved Question 2: it is now Question 1, in chapter 2.')).toBeVisible();
  await expect(page.locator('.editor-content')).toContainText(`Question 1: ${secondTitle}`);
  let text = await draftText(page);
  expect(text.indexOf(`Question 1: ${secondTitle}`)).toBeLessThan(text.indexOf(`Question 2: ${firstTitle}`));

  // The last question of chapter 2 moved down by keyboard lands first in chapter 3, and keeps the focus.
  const chapter2 = (await workbench.project.consultation.getConsultation()).chapters[1]!;
  const last = chapter2.questions.at(-1)!;
  await page.getByRole('button', { name: `Move Question ${last.number} down` }).focus();
  await page.keyboard.press('Enter');
  await expect(
    status(page, `Moved Question ${last.number}: it is now Question ${last.number}, in chapter 3.`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: `Move Question ${last.number} down` })).toBeFocused();
  const after = await workbench.project.consultation.getConsultation();
  expect(after.chapters[2]!.questions[0]!.id).toBe(last.id);
  text = await draftText(page);
  expect(text.indexOf(`Question ${last.number}:`)).toBeGreaterThan(text.indexOf('Chapter 3:'));

  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  // The word limit went with its question, now Question 2.
  const second = page.locator('.question-item').nth(1);
  await expect(second).toContainText(`Question 2${firstTitle}`);
  await expect(second).toContainText('/ 100 words');
});

test('save the questions as CSV, start again from a blank consultation, undo, and import the CSV', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Edit questions' }).click();

  const original = (await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV (spreadsheet)' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/\(questions\)\.csv$/);
  const csvFile = { name: csv.suggestedFilename(), mimeType: 'text/csv', buffer: readFileSync(await csv.path()) };

  await page.getByLabel('Start again from').selectOption({ label: 'A blank consultation (add your own questions)' });
  await page.getByRole('button', { name: 'Replace the questions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the questions?' });
  await expect(dialog).toContainText('All 22 questions will be replaced');
  await dialog.getByRole('button', { name: 'Replace the questions' }).click();
  await expect(status(page, /now those of “A blank consultation/)).toBeVisible();
  expect((await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(status(page, 'Undone.')).toBeVisible();
  expect((await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(
    22,
  );

  // Replace with the blank one again, then bring the questions back from the saved CSV.
  await page.getByRole('button', { name: 'Replace the questions…' }).click();
  await dialog.getByRole('button', { name: 'Replace the questions' }).click();
  await expect(page.getByText('No questions yet. Add one below, or drag one here.')).toBeVisible();
  await page.getByLabel('Import questions from a file (JSON or CSV)').setInputFiles(csvFile);
  await expect(dialog).toContainText('All 0 questions will be replaced');
  await dialog.getByRole('button', { name: 'Replace the questions' }).click();
  await expect(status(page, /The questions are now those of/)).toBeVisible();
  const questions = (await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  expect(questions.map((q) => [q.number, q.title, q.answerType, q.wordLimit])).toEqual(
    original.map((q) => [q.number, q.title, q.answerType, q.wordLimit]),
  );

  // A file that is not a consultation is refused in words, and nothing changes.
  await page
    .getByLabel('Import questions from a file (JSON or CSV)')
    .setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nA,b@c\n') });
  await dialog.getByRole('button', { name: 'Replace the questions' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '"notes.csv" is not a consultation the app can read' }),
  ).toBeVisible();
  expect((await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)).toHaveLength(
    22,
  );
});
