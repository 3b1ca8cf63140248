import { test, expect } from './fixtures.ts';
import { openSource, pullQuote, screenshotEachSize } from './pageHelpers.ts';

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
  // All decided: the queue folds to one line, its decisions a button away.
  await queue.getByRole('button', { name: 'Show decisions' }).click();
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

test('at 1280×720 the quotes waiting for review get room to read, and once all are decided they fold to one line', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await pullQuote(page, /Joined-up services/, 2, PHRASE);
  const [source] = (await workbench.project.sources.list()).filter((s) => /Joined-up services/.test(s.title));
  const text = (await workbench.project.sources.get(source!.id)).text;
  await page.getByLabel(/^New version of Joined-up services/).setInputFiles({
    name: 'corrected.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text.replace(PHRASE, REWORDED), 'utf8'),
  });
  const queue = page.getByRole('region', { name: /Quotes to review/ });
  const item = queue.getByRole('listitem');
  await expect(item).toContainText('The words have changed in the new version');
  const shoot = async (name: string) => {
    await screenshotEachSize(page, name);
    await page.setViewportSize({ width: 1280, height: 720 });
  };
  await shoot('review-waiting');

  // The panel takes most of the pane's height while a quote waits (it had 30%, about 80 px of quote): the quote's
  // wordings are read in it, and its buttons are in sight.
  const panel = page.locator('.source-versions');
  const shown = await panel.evaluate((p) => ({ client: p.clientHeight, scroll: p.scrollHeight }));
  expect(shown.scroll).toBeLessThanOrEqual(shown.client + 1);
  await expect(item.getByRole('button', { name: 'Keep the old wording' })).toBeInViewport({ ratio: 1 });

  await item.getByRole('button', { name: 'Keep the old wording' }).focus();
  await page.keyboard.press('Enter');
  // Decided: one line says so, the decisions can be opened again (to undo) or the line dismissed.
  const done = page.getByRole('region', { name: /Quotes to review/ });
  await expect(done).toContainText('the quote is decided');
  await expect(done.getByRole('listitem')).toHaveCount(0);
  await expect(done.getByRole('button', { name: 'Show decisions' })).toBeFocused();
  // One line (two where the pane is narrow) under the version line, instead of the whole list kept open for good.
  expect((await done.boundingBox())!.height).toBeLessThan(60);
  await shoot('review-decided');
  await done.getByRole('button', { name: 'Show decisions' }).click();
  await expect(done.getByRole('listitem')).toContainText('Keeps quoting version 1.');
  await done.getByRole('button', { name: 'Hide decisions' }).click();
  await done.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('region', { name: /Quotes to review/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Update from a new version…' })).toBeFocused();

  // Dismissed stays dismissed for the session: another source opened and this one again does not bring it back.
  await openSource(page, /SEND Review, an update/);
  await openSource(page, /Joined-up services/);
  // The versions and the reviews are read together: once "Show what changed" is there, the queue would be too.
  await expect(page.getByRole('button', { name: 'Show what changed' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Quotes to review/ })).toBeHidden();
  await shoot('review-dismissed-reopened');
});
