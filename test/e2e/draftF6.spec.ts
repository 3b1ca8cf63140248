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

test.describe('at 200% zoom in a small window', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('words typed straight after F6 into a question just chosen land in its answer, one question after another', async ({
    page,
    workbench,
  }) => {
    await page.goto(workbench.url);
    const answerTo = (n: number) =>
      page
        .locator('.editor-content .draft-section', {
          has: page.locator('h3', { hasText: new RegExp(`^Question ${n}:`) }),
        })
        .locator(':scope > p');
    await expect(answerTo(12)).toBeAttached();
    // Each answer is off screen until its question is chosen (which scrolls the draft to it); typing starts at once,
    // before the browser's next frame, as a quick keyboard user's does. The first key went to the next heading.
    const questions = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const n of questions) {
      await chooseQuestion(page, n);
      await page.keyboard.press('F6');
      await page.keyboard.type(`Answer ${n}.`);
    }
    for (const n of questions) await expect(answerTo(n)).toHaveText(`Answer ${n}.`);
    await expect(page.getByRole('status').filter({ hasText: 'Headings can’t be changed' })).toHaveCount(0);
  });
});
