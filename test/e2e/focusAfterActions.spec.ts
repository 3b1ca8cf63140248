import { test, expect } from './fixtures.ts';
import { chooseQuestion, openSource, pullQuote, selectInReader } from './pageHelpers.ts';

// A keyboard user acts through a button and carries on from there: focus must never fall to the page (document
// body) because the button pressed was disabled or taken away while the app did what was asked.

test('after exporting from the keyboard, focus is back on the button that started the export', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const exportToWord = page.getByRole('button', { name: 'Export to Word…' });
  await exportToWord.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  const word = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await word;
  await expect(page.getByText(/^Exported “/)).toBeVisible();
  await expect(exportToWord).toBeFocused();

  const more = page.getByRole('button', { name: 'More actions' });
  await more.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menuitem', { name: /REFI-QDA/ }).focus();
  const qdpx = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await qdpx;
  await expect(page.getByText(/^Exported “.*\.qdpx”/)).toBeVisible();
  await expect(more).toBeFocused();
});

test('after pulling a quote with the Pull button or a suggested question, focus is back in the source text', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await openSource(page, /^Joined-up services/);
  await chooseQuestion(page, 2);
  const reader = page.locator('.reader-text');

  await selectInReader(page, 'Local authorities already have existing statutory responsibilities');
  await page.getByRole('button', { name: 'Pull quote to Question 2', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Quote added to Question 2.')).toBeVisible();
  await expect(reader).toBeFocused();

  await selectInReader(page, 'provide joined up services for children with SEND');
  const suggested = page.getByRole('button', { name: /^Pull quote to Question \d+ \(suggested\)$/ }).first();
  await suggested.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Quote added to Question \d+\.$/)).toHaveCount(1);
  await expect(reader).toBeFocused();
  expect(await workbench.project.quotes.list({})).toHaveLength(2);
});

test('the online form opens with focus on a Close button in sight, not below 22 questions', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Online form…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'The online form, question by question' });
  await expect(dialog.getByRole('list', { name: 'Questions in the form’s order' }).getByRole('listitem')).toHaveCount(
    22,
  );
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  await expect(close).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Online form…' })).toBeFocused();
});

test('updating a source and deciding its review by keyboard keeps focus on the buttons of the place', async ({
  page,
  workbench,
}) => {
  const phrase = 'new local SEND and AP partnerships';
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, phrase);
  const [source] = (await workbench.project.sources.list()).filter((s) => /Joined-up services/.test(s.title));
  const text = (await workbench.project.sources.get(source!.id)).text;

  const update = page.getByRole('button', { name: 'Update from a new version…' });
  await update.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({
    name: 'joined-up-services-corrected.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text.replace(phrase, 'new local SEND and AP partnership boards'), 'utf8'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Version 2 is now current' })).toBeVisible();
  await expect(update).toBeFocused();

  const item = page.getByRole('region', { name: /Quotes to review/ }).getByRole('listitem');
  await item.getByRole('button', { name: 'Use the new wording' }).focus();
  await page.keyboard.press('Enter');
  // The last decision folds the queue to one line; its "Show decisions" takes the focus, and opens on the Undo.
  await expect(page.getByRole('button', { name: 'Show decisions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item).toContainText('Now quotes version 2.');
  await expect(item.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('button', { name: 'Use the new wording' })).toBeFocused();
});

test('the shortcuts list (F1) opens at its top, with its title and the focused Close button in sight', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await expect(page.locator('.editor-content')).toBeVisible();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  await expect(dialog.getByRole('row').first()).toBeInViewport();
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  await expect(close).toBeInViewport();
  // The list scrolls by keyboard too.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('region', { name: 'Keyboard shortcuts' })).toBeFocused();
});
