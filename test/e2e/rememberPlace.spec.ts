import { test, expect } from './fixtures.ts';
import { caretSettled } from './pageHelpers.ts';

test('after a reload the same source, question, reader scroll and caret are back', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: /SEND Review, an update/ }).click();
  await page.getByRole('button', { name: /^Question 5\b/ }).click();
  const reader = page.locator('.reader-text');
  await expect(reader).toContainText('Streamlining and modernising');
  await reader.evaluate((el) => (el.scrollTop = 1200));

  // Write in question 5's answer, leaving the caret in the middle of the words.
  await page.locator('.reader-text').focus();
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(page.locator('.editor-content')).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('Families wait too long.');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+ArrowRight');
  await caretSettled(page);
  await page.waitForTimeout(1000); // past autosave and the caret's settling time

  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Sources in this project' }).locator('[aria-current="true"]'),
  ).toContainText('SEND Review, an update');
  await expect(page.getByRole('button', { name: /^Question 5\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.reader-title')).toHaveText(/SEND Review, an update/);
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  await expect(page.locator('.editor-content')).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type(' often'); // Ctrl+Right left the caret at the end of the first word
  await expect(page.locator('.editor-content p', { hasText: 'Families' })).toHaveText('Families often wait too long.');
});
