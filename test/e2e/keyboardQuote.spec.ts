import { test, expect } from './fixtures.ts';
import { selectInReader } from './pageHelpers.ts';

test('pull a quote with the keyboard only: find the words, extend the selection, pull', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  // Choose the source and the question with the keyboard.
  await page.getByRole('button', { name: /SEND Review, an update/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^Question 4\b/ }).focus();
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+F');
  await page.keyboard.type('Streamlining and modernising');
  await expect(page.locator('.find-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect(page.locator('.reader-text')).toBeFocused();
  await expect(page.locator('.selection-preview')).toHaveText('Selected: “Streamlining and modernising”');

  // Two more words with Ctrl+Shift+Right.
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.locator('.selection-preview')).toHaveText(
    'Selected: “Streamlining and modernising the EHCP process”',
  );
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('status').filter({ hasText: 'Quote added to Question 4.' })).toBeVisible();

  const [quote] = await workbench.project.quotes.list({});
  expect(quote!.fragments[0]!.text).toBe('Streamlining and modernising the EHCP process');
});

test('"Whole sentences" widens a selection to the sentences it touches', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: /Joined-up services/ }).click();
  await selectInReader(page, 'strengthened accountabilities');
  await page.getByRole('button', { name: 'Whole sentences' }).click();
  await expect(page.locator('.selection-preview')).toHaveText(
    /^Selected: “They will be underpinned by strengthened accountabilities/,
  );
  await page.getByRole('button', { name: 'Pull quote to Question 1', exact: true }).click();
  const [quote] = await workbench.project.quotes.list({});
  expect(quote!.fragments[0]!.text).toBe(
    'They will be underpinned by strengthened accountabilities and improved use of data for all those responsible for local delivery.',
  );
});
