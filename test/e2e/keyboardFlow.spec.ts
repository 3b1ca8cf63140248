import { test, expect } from './fixtures.ts';
import { caretSettled, openSource } from './pageHelpers.ts';

test('F6 and Shift+F6 move between the panes; from the reader to the current answer in two presses', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: /^Question 2\b/ }).click();
  await page.locator('.reader-text').focus();

  await page.keyboard.press('F6');
  await expect(page.getByRole('button', { name: /^Question 2\b/ })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.locator('.editor-content')).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('Typed after two presses of F6.');
  const answer = page
    .locator('.editor-content h3', { hasText: /^Question 2:/ })
    .locator('xpath=following-sibling::*[1]');
  await expect(answer).toHaveText('Typed after two presses of F6.');

  // Round again: past the draft to the sources pane, back to where focus was in it; Shift+F6 goes backwards.
  await page.keyboard.press('F6');
  await expect(page.locator('.reader-text')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(page.locator('.editor-content')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('button', { name: /^Question 2\b/ })).toBeFocused();
});

test('the source list is one Tab stop, moved through with the arrow keys', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const list = page.getByRole('list', { name: 'Sources in this project' });
  const items = list.getByRole('button');
  await expect(items).toHaveCount(5);
  await expect(list.locator('[tabindex="0"]')).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search all sources' }).focus();
  await page.keyboard.press('Tab');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.nth(4)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(4)).toHaveAttribute('aria-current', 'true');
  // Tab leaves the list in one press, and Shift+Tab comes back to the item last used.
  await page.keyboard.press('Tab');
  await expect(list.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(items.nth(4)).toBeFocused();
});

test('a keyboard selection gets suggested questions, and the quote picker’s search has a visible label', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await openSource(page, /SEND Review, an update/); // waits till the reader shows it: Ctrl+F acts on the shown source
  // Find the words, leave find (the match is selected), then extend the selection word by word.
  await page.keyboard.press('Control+F');
  await page.keyboard.type('Management of the EHCP');
  await page.keyboard.press('Escape');
  await expect(page.locator('.reader-text')).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.locator('.selection-preview')).toContainText('Selected:');
  await expect(
    page.getByRole('group', { name: 'Suggested questions for this passage' }).getByRole('button'),
  ).not.toHaveCount(0);

  await page.keyboard.press('Control+Shift+Q');
  const search = page.getByRole('dialog').getByRole('combobox');
  await expect(search).toBeFocused();
  const label = page.getByRole('dialog').locator('label', { hasText: 'Find a quote by its words or source' });
  await expect(label).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Find a quote by its words or source')).toBeFocused();
});
