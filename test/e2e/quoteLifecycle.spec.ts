import { test, expect } from './fixtures.ts';
import { selectInReader, pullQuote } from './pageHelpers.ts';

const PHRASE = 'new local SEND and AP partnerships';

test('file a quote under more questions with the picker, delete it, and undo', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  await page.getByRole('button', { name: 'Insert into draft' }).click();

  // The picker: type to filter, tick, save; all by keyboard.
  await page.getByRole('button', { name: 'File under…' }).click();
  const picker = page.getByRole('group', { name: 'File this quote under questions' });
  await expect(picker.getByRole('searchbox', { name: 'Filter questions' })).toBeFocused();
  await page.keyboard.type('Delivery Board');
  await expect(picker.getByRole('checkbox')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await picker.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote filed under 2 questions.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Question 19\b/ })).toContainText('1 quote');
  const [filed] = await workbench.project.quotes.list({});
  expect(filed!.questionIds).toHaveLength(2);

  await page.locator('.evidence-item').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote deleted.' })).toBeVisible();
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveCount(0);
  await expect(page.locator('.source-quote-block')).toContainText('This quote has been deleted from the project.');
  expect(await workbench.project.quotes.list({})).toEqual([]);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote restored.' })).toBeVisible();
  await expect(page.getByText('2 of 22 questions have evidence')).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveText(PHRASE);
  await expect(page.locator('.source-quote-block .quote-warning')).toHaveCount(0);
  expect(await workbench.project.quotes.list({})).toEqual([filed]);
});

test('deleting a source asks first, says what goes with it, and can be undone', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  await expect(page.getByText('1 of 22 questions have evidence')).toBeVisible();

  await page.locator('.reader-actions').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this source?' });
  await expect(dialog).toContainText('Its 1 quote, filed under 1 question, will be deleted too');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await workbench.project.sources.list()).toHaveLength(5);

  await page.locator('.reader-actions').getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'and its 1 quote.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sources in this project' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Sources in this project' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByText('1 of 22 questions have evidence')).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveText(PHRASE);
});

test('add a second passage to a quote: the draft shows where words were left out', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  await selectInReader(page, 'strategically plan SEND services');
  await page.getByRole('button', { name: 'Add to last quote […]' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'it now has 2 parts' })).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveText([PHRASE, 'strategically plan SEND services']);
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await expect(page.locator('.source-quote-block blockquote')).toHaveText(
    `“${PHRASE} [...] strategically plan SEND services”`,
  );
});

test('clicking highlighted words shows the quote’s questions and where the draft uses it', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  const mark = page.locator('.reader-text mark');
  await expect(mark).toHaveClass(/chapter-\d/);
  await mark.click();
  const details = page.getByRole('dialog', { name: 'Quote details' });
  await expect(details).toContainText('Questions: Question 2');
  await expect(details).toContainText('Not in the draft yet');
  await details.getByRole('button', { name: 'Close quote details' }).click();

  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await expect(page.locator('.evidence-item .citation')).toContainText('In the draft, in the answer to Question 2');
  await mark.click();
  await expect(details).toContainText('In the draft, in the answer to Question 2');
  await expect(workbench.project.quotes.list({})).resolves.toHaveLength(1);
});

test('a long quote’s Insert into draft works at the first click: the quote does not open out under the pointer', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 }); // where the quote is cut to four lines
  await page.goto(workbench.url);
  const long =
    'Local authorities already have existing statutory responsibilities to develop, publish and review the special educational needs and disabilities (SEND) local offer';
  await pullQuote(page, /Joined-up services/, 5, long);
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await expect(page.locator('.editor-content .source-quote-block')).toHaveCount(1);
});
