import { test, expect } from './fixtures.ts';
import { pullQuote } from './pageHelpers.ts';

const PHRASE = 'new local SEND and AP partnerships';
const REWORDED = 'new local SEND and AP partnership boards';

test('update a source from a new version, review a changed quote, and see the draft follow', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  await expect(page.locator('.source-quote-block')).toContainText(PHRASE);

  const [source] = (await workbench.project.sources.list()).filter((s) => /Joined-up services/.test(s.title));
  const text = (await workbench.project.sources.get(source!.id)).text;
  const corrected = `A correction was issued to this answer.\n\n${text.replace(PHRASE, REWORDED)}`;

  await expect(page.getByText('Version 1', { exact: false })).toBeVisible();
  await page.getByLabel(/^New version of Joined-up services/).setInputFiles({
    name: 'joined-up-services-corrected.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(corrected, 'utf8'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Version 2 is now current' })).toContainText(
    '1 changed needs your review',
  );
  await expect(page.getByText(/Version 2 of 2, updated/)).toBeVisible();
  await page.getByRole('button', { name: 'Show what changed' }).click();
  const changes = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
  await expect(changes.getByRole('listitem').filter({ hasText: 'Added' }).first()).toContainText(
    'A correction was issued to this answer.',
  );
  await page.getByRole('button', { name: 'Hide changes' }).click();
  await expect(changes).toBeHidden();

  const queue = page.getByRole('region', { name: /Quotes to review/ });
  const item = queue.getByRole('listitem');
  await expect(item).toContainText('The words have changed in the new version');
  await expect(item.getByRole('figure', { name: 'As quoted (version 1)' })).toContainText(PHRASE);
  await expect(item.getByRole('figure', { name: 'Version 2' })).toContainText(REWORDED);
  await expect(item).toContainText('In the draft under: Question 2');
  // Nothing in the draft changes wording until the user accepts.
  await expect(page.locator('.source-quote-block')).not.toContainText(REWORDED);

  await item.getByRole('button', { name: 'Use the new wording' }).click();
  await expect(item).toContainText('Now quotes version 2.');
  await expect(page.locator('.source-quote-block')).toContainText(REWORDED);
  await expect(page.locator('.reader-text mark')).toContainText(REWORDED);
  const [quote] = await workbench.project.quotes.list({});
  expect(quote!.sourceVersion).toBe(2);
  expect(await workbench.project.quotes.check()).toEqual([]);

  await item.getByRole('button', { name: 'Undo' }).click();
  await expect(item.getByRole('button', { name: 'Keep the old wording' })).toBeVisible();
  await expect(page.locator('.source-quote-block')).toContainText(PHRASE);
  await expect(page.locator('.source-quote-block')).not.toContainText(REWORDED);
  expect((await workbench.project.quotes.list({}))[0]!.sourceVersion).toBe(1);
});
