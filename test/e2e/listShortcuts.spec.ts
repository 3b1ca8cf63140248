import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { caretSettled, screenshotEachSize } from './pageHelpers.ts';

// Lists in the questions' sections (the Recommendations section starts with a numbered list of its own).
const ANSWER_LISTS = 'h3 ~ ul, h3 ~ ol';

/** The caret in a question's (empty) answer, clicked as a writer would. */
async function intoAnswer(page: Page, question: number): Promise<Locator> {
  const answer = page.locator(`.editor-content h3:has-text("Question ${question}:") + *`);
  await answer.click();
  await caretSettled(page);
  return answer;
}

test('typing "- ", "* " or "1. " at the start of a line makes a list, as in Word; other numbers stay words', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  await expect(editor.locator('h3', { hasText: /^Question 4:/ })).toBeVisible();

  await intoAnswer(page, 1);
  await page.keyboard.type('- Key workers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shorter waits');
  await expect(editor.locator('h3:has-text("Question 1:") + ul.draft-ul li')).toHaveText([
    'Key workers',
    'Shorter waits',
  ]);

  await intoAnswer(page, 2);
  await page.keyboard.type('* One plan');
  await expect(editor.locator('h3:has-text("Question 2:") + ul.draft-ul li')).toHaveText(['One plan']);

  await intoAnswer(page, 3);
  await page.keyboard.type('1. Fund it');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Check it');
  await expect(editor.locator('h3:has-text("Question 3:") + ol.draft-ol li')).toHaveText(['Fund it', 'Check it']);

  // An answer that starts with its question's number is not a list.
  await intoAnswer(page, 4);
  await page.keyboard.type('4. We agree.');
  await expect(editor.locator('h3:has-text("Question 4:") + p')).toHaveText('4. We agree.');

  // Saved as lists: two bulleted, and a numbered one beside the Recommendations' own.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await screenshotEachSize(page, 'typed-lists');
  const saved = (await workbench.project.drafts.get())?.content ?? '';
  expect(saved.match(/"listType":"bullet"/g)).toHaveLength(2);
  expect(saved.match(/"listType":"number"/g)).toHaveLength(2);
});

test('Ctrl+Z straight after keeps the "- " typed instead of the list; Backspace takes the list away', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  await intoAnswer(page, 1);
  await page.keyboard.type('- ');
  await expect(editor.locator('h3:has-text("Question 1:") + ul.draft-ul')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(editor.locator('h3:has-text("Question 1:") + p')).toHaveText('- ');
  await expect(editor.locator(ANSWER_LISTS)).toHaveCount(0);
  // And the writer carries on typing in the same line.
  await page.keyboard.type('not a list');
  await expect(editor.locator('h3:has-text("Question 1:") + p')).toHaveText('- not a list');
  await expect(editor.locator(ANSWER_LISTS)).toHaveCount(0);

  // Backspace straight after (Lexical's way) takes the list away, leaving the question's heading as it was.
  const heading = editor.locator('h3', { hasText: /^Question 2:/ });
  const wording = await heading.textContent();
  await intoAnswer(page, 2);
  await page.keyboard.type('* ');
  await expect(editor.locator('h3:has-text("Question 2:") + ul.draft-ul')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(editor.locator(ANSWER_LISTS)).toHaveCount(0);
  await expect(editor.locator('h3:has-text("Question 2:") + p')).toHaveText('');
  await expect(heading).toHaveText(wording!);
});

test('Ctrl+Shift+8 and Ctrl+Shift+7 make bulleted and numbered lists, as the toolbar’s tooltips say', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  await expect(page.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Shift+8',
  );
  await expect(page.getByRole('button', { name: 'Numbered list' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Shift+7',
  );
  await expect(page.getByRole('button', { name: 'Numbered list' })).toHaveAttribute(
    'data-tip',
    'Numbered list (Ctrl+Shift+7)',
  );

  // The tooltip on keyboard focus names the key.
  await page.getByRole('button', { name: 'Numbered list' }).focus();
  await screenshotEachSize(page, 'list-button-tooltip');

  await intoAnswer(page, 1);
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.type('Key workers');
  await expect(editor.locator('h3:has-text("Question 1:") + ul.draft-ul li')).toHaveText(['Key workers']);

  await intoAnswer(page, 2);
  await page.keyboard.type('Fund it');
  await page.keyboard.press('Control+Shift+7');
  await expect(editor.locator('h3:has-text("Question 2:") + ol.draft-ol li')).toHaveText(['Fund it']);

  // The panes keep Ctrl+Shift+1 / 2 / 3; F1 lists the new keys.
  await expect(page.getByRole('region', { name: 'Sources' }).first()).toBeVisible();
  await page.keyboard.press('F1');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const row = shortcuts.getByRole('row', { name: /Ctrl\+Shift\+8 \/ Ctrl\+Shift\+7/ });
  await expect(row).toContainText('Bulleted / numbered list');
  await screenshotEachSize(page, 'shortcuts-lists', () => row.scrollIntoViewIfNeeded());
});

test('no list in a question’s heading or a sub-heading, by typing or by the keys', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  const heading = editor.locator('h3', { hasText: /^Question 1:/ });
  const wording = await heading.textContent();
  await heading.click();
  await caretSettled(page);
  await page.keyboard.press('Home');
  await page.keyboard.type('- ');
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.press('Control+Shift+7');
  await expect(heading).toHaveText(wording!);
  await expect(editor.locator(ANSWER_LISTS)).toHaveCount(0);

  // The writer's own sub-heading stays a heading too.
  await intoAnswer(page, 2);
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.type('- Our view');
  await expect(editor.locator('h3:has-text("Question 2:") + h4')).toHaveText('- Our view');
  await expect(editor.locator(ANSWER_LISTS)).toHaveCount(0);
});
