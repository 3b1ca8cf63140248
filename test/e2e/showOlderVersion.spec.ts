import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { selectInReader, pullQuote } from './pageHelpers.ts';

const PHRASE = 'new local SEND and AP partnerships';
const REWORDED = 'new local SEND and AP partnership boards';

test('"Show in source" on a quote that still cites an older version shows it in that version, highlighted', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  await page.getByRole('button', { name: 'Insert into draft' }).click();

  const [source] = (await workbench.project.sources.list()).filter((s) => /Joined-up services/.test(s.title));
  const text = (await workbench.project.sources.get(source!.id)).text;
  await page.getByLabel(/^New version of Joined-up services/).setInputFiles({
    name: 'corrected.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`A correction was issued.\n\n${text.replace(PHRASE, REWORDED)}`, 'utf8'),
  });
  await expect(page.getByText(/Version 2 of 2, updated/)).toBeVisible();
  const note = page.getByRole('note', { name: 'Version shown' });
  await expect(note).toBeHidden();
  await expect(page.locator('.reader-text')).toContainText(REWORDED);

  // The quote waits for review, still citing version 1: shown there, in its own words, highlighted.
  await page.locator('.editor-content .source-quote-block').getByRole('button', { name: 'Show in source' }).click();
  await expect(note).toContainText('Version 1 of 2 — not the current version');
  await expect(page.locator('.reader-text mark.focused')).toHaveText(PHRASE);
  await expect(page.locator('.reader-text')).not.toContainText(REWORDED);
  await expect(page.locator('.reader-text')).not.toContainText('A correction was issued.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // Nothing can be pulled from an earlier version: quotes come from the current text.
  await selectInReader(page, 'Local authorities');
  await expect(page.getByRole('button', { name: /^Pull quote/ })).toBeDisabled();

  await note.getByRole('button', { name: 'Go to the current version' }).click();
  await expect(note).toBeHidden();
  await expect(page.locator('.reader-text')).toContainText(REWORDED);
  await expect(page.locator('.reader-text')).toContainText('A correction was issued.');
});
