import { test, expect } from './fixtures.ts';
import { caretSettled, chooseQuestion } from './pageHelpers.ts';

test('F6 into the draft writes the answer to the question just chosen, and otherwise goes back to the caret', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  const answerTo = (n: number) =>
    page
      .locator('.editor-content h3', { hasText: new RegExp(`^Question ${n}:`) })
      .locator('xpath=following-sibling::*[1]');
  await expect(answerTo(2)).toBeAttached();

  await chooseQuestion(page, 1);
  await page.keyboard.press('F6');
  await expect(editor).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('First answer.');

  // Another question chosen in the list: F6 goes to its answer, not back into the first one.
  await chooseQuestion(page, 2);
  await page.keyboard.press('F6');
  await expect(editor).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('Second answer.');
  await expect(answerTo(1)).toHaveText('First answer.');
  await expect(answerTo(2)).toHaveText('Second answer.');

  // Away and back with no other question chosen: the caret is where it was.
  await page.keyboard.press('Shift+F6');
  await expect(editor).not.toBeFocused();
  await page.keyboard.press('F6');
  await expect(editor).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type(' More.');
  await expect(answerTo(2)).toHaveText('Second answer. More.');
});

test('F1 says how to select a passage in the source text by keyboard, and where F6 puts the caret', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.locator('.editor-content')).toBeVisible();
  await page.keyboard.press('F1');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /^Shift\+arrows/ })).toContainText(
    'In the source text: select a passage',
  );
  await expect(shortcuts.getByRole('row', { name: /^F6/ })).toContainText('a question chosen since');
});
