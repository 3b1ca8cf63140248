import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type Workbench } from './fixtures.ts';
import { chooseQuestion } from './pageHelpers.ts';

/** Files `count` quotes, one from each of the first sources, under the question numbered `number`. */
async function fileQuotes(workbench: Workbench, number: number, count: number): Promise<void> {
  const consultation = await workbench.project.consultation.getConsultation();
  const question = consultation.chapters.flatMap((c) => c.questions).find((q) => q.number === number)!.id;
  const sources = await workbench.project.sources.list();
  for (const source of sources.slice(0, count)) {
    const text = (await workbench.project.sources.get(source.id)).text;
    const start = text.indexOf(' ', 200) + 1;
    await workbench.project.quotes.create({ sourceId: source.id, start, end: start + 160, questionIds: [question] });
  }
}

const answerTo = (page: Page, number: number) =>
  page
    .locator('.editor-content h3', { hasText: new RegExp(`^Question ${number}:`) })
    .locator('xpath=following-sibling::*[1]');

test('the evidence list is one Tab stop: arrows move between quotes and their actions, Enter inserts, Delete deletes', async ({
  page,
  workbench,
}) => {
  await fileQuotes(workbench, 2, 3);
  await page.goto(workbench.url);
  await chooseQuestion(page, 2);
  const grid = page.getByRole('grid', { name: /Evidence for Question 2/ });
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await rows.nth(0).getByRole('button', { name: 'File under…' }).click();
  const axe = await new AxeBuilder({ page }).include('.questions-pane').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Edit wording' }).focus();
  // Tab comes into the list where the writer last was in it (the picker's button), Home goes to its quote.
  await page.keyboard.press('Tab');
  await expect(rows.nth(0).getByRole('button', { name: 'File under…' })).toBeFocused();
  await page.keyboard.press('Home');
  const quoteCell = (row: number) => rows.nth(row).locator('.evidence-quote');
  await expect(quoteCell(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(quoteCell(1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(rows.nth(1).getByRole('button', { name: 'Insert into draft' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(1).getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(0).getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(quoteCell(0)).toBeFocused();
  // Tab leaves the list in one press; Shift+Tab comes back where the writer was.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(grid.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(quoteCell(1)).toBeFocused();

  // Enter on a quote puts it into the answer; Delete deletes it, and the keyboard stays in the list.
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-content .source-quote-block')).toHaveCount(1);
  await quoteCell(2).focus();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(2);
  await expect(quoteCell(1)).toBeFocused();
  await expect.poll(async () => (await workbench.project.quotes.list({})).length).toBe(2);
});

test('All quotes is one Tab stop, moved through with the arrow keys', async ({ page, workbench }) => {
  await fileQuotes(workbench, 3, 3);
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'All quotes' }).click();
  const grid = page.getByRole('grid', { name: 'All quotes' });
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).include('.questions-pane').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('checkbox', { name: /Only quotes not in the draft yet/ }).focus();
  await page.keyboard.press('Tab');
  await expect(rows.nth(0).locator('.evidence-quote')).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(rows.nth(2).getByRole('button', { name: 'Show in source' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(rows.nth(2).getByRole('button', { name: 'Insert into draft' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(grid.locator(':focus')).toHaveCount(0);
});

test('F9 enters and leaves reading mode from anywhere; the button and F1 say so', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const readingButton = page.getByRole('button', { name: 'Reading mode' });
  await expect(readingButton).toHaveAttribute('data-tip', 'Reading mode (F9)');
  await expect(readingButton).toHaveAttribute('aria-keyshortcuts', 'F9');

  await answerTo(page, 1).click();
  await page.keyboard.press('F9');
  await expect(readingButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.draft-pane')).toBeHidden();
  await expect(page.locator('.questions-pane')).toBeHidden();
  // Focus was in the draft, now hidden: it goes to the text being read.
  await expect(page.locator('.reader-text')).toBeFocused();
  await page.keyboard.press('F9');
  await expect(readingButton).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.draft-pane')).toBeVisible();

  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: /F9/ })).toContainText(
    'reading mode',
  );
});

test('the question list brings the chosen question into view however it was chosen', async ({ page, workbench }) => {
  await fileQuotes(workbench, 12, 3);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  const question = (n: number) => page.getByRole('button', { name: new RegExp(`^Question ${n}\\b`) });

  // From the draft, with the list on screen: the evidence that opens below must not push the question out of view.
  await answerTo(page, 12).scrollIntoViewIfNeeded();
  await answerTo(page, 12).click();
  await expect(question(12)).toHaveAttribute('aria-pressed', 'true');
  await expect(question(12)).toBeInViewport({ ratio: 0.99 });

  // From the draft while All quotes was showing: the list shows the question when it comes back.
  await page.getByRole('button', { name: 'All quotes' }).click();
  await answerTo(page, 3).scrollIntoViewIfNeeded();
  await answerTo(page, 3).click();
  await expect(page.getByRole('button', { name: 'Pull quote to Question 3' })).toBeVisible();
  await page.getByRole('button', { name: 'Questions', exact: true }).first().click();
  await expect(question(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(question(3)).toBeInViewport({ ratio: 0.99 });
});

test('F6 into Sources lands on the text being read, not on the last button pressed there', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await chooseQuestion(page, 2);
  await page.getByRole('button', { name: 'Import files…' }).focus();
  await page.keyboard.press('F6');
  await expect(page.getByRole('button', { name: /^Question 2\b/ })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.locator('.editor-content')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.locator('.reader-text')).toBeFocused();
  // And from the reader to the current answer is still two presses.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(page.locator('.editor-content')).toBeFocused();
});

test('at 1280×720 the question list and an open question’s evidence both have room, and the evidence folds', async ({
  page,
  workbench,
}) => {
  await fileQuotes(workbench, 5, 4);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await chooseQuestion(page, 5);
  const tree = page.locator('.question-tree');
  const grid = page.getByRole('grid', { name: /Evidence for Question 5/ });
  // The chosen question, the first quote and its main action are all on screen without scrolling anything.
  await expect(page.getByRole('button', { name: /^Question 5\b/ })).toBeInViewport({ ratio: 0.99 });
  await expect(grid.getByRole('row').first().getByRole('button', { name: 'Insert into draft' })).toBeInViewport({
    ratio: 0.99,
  });
  const listHeight = async () => (await tree.boundingBox())!.height;
  const open = await listHeight();
  expect(open).toBeGreaterThan(140);

  const toggle = page.getByRole('button', { name: /Evidence for Question 5/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(grid).toBeHidden();
  expect(await listHeight()).toBeGreaterThan(open + 100);
});

test('leaving find with nothing found puts the keyboard back in the source text', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await page.locator('.reader-text').focus();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('no such words anywhere');
  await page.keyboard.press('Escape');
  await expect(page.locator('.reader-text')).toBeFocused();
});
