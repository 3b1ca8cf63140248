import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { openSource } from './pageHelpers.ts';

const PHRASE = 'new local SEND and AP partnerships';
const REWORDED = 'new local SEND and AP partnership boards';

/** Drops one file on an element, as the operating system's drag and drop delivers it to the page. */
async function dropFile(page: Page, target: Locator, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content!], fileName!, { type: 'text/plain' }));
      return dt;
    },
    [name, text],
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

test('a file dropped on a source offers to update it, through the same update, review queue and undo as the picker', async ({
  page,
  workbench,
}) => {
  const project = workbench.project;
  const [source] = (await project.sources.list()).filter((s) => /Joined-up services/.test(s.title));
  const text = (await project.sources.get(source!.id)).text;
  await project.quotes.create({
    sourceId: source!.id,
    start: text.indexOf(PHRASE),
    end: text.indexOf(PHRASE) + PHRASE.length,
    questionIds: [],
  });
  const corrected = `A correction was issued to this answer.\n\n${text.replace(PHRASE, REWORDED)}`;

  await page.goto(workbench.url);
  const list = page.getByRole('list', { name: 'Sources in this project' });
  await openSource(page, /Press release/);

  // Dropped on a source in the list that is not the one open: that source opens, and nothing changes until asked.
  await dropFile(page, list.getByRole('button', { name: /Joined-up services/ }), 'corrected.txt', corrected);
  const offer = page.getByRole('alertdialog', { name: /Update “Joined-up services.*” from corrected\.txt\?/ });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('button', { name: 'Update', exact: true })).toBeFocused();
  await expect(page.locator('.reader-title')).toContainText('Joined-up services');
  expect(await seriousViolations(page)).toEqual([]);
  expect(await project.versions.versions(source!.id)).toHaveLength(1);

  await offer.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 2 is now current' })).toContainText(
    '1 changed needs your review',
  );
  await expect(offer).toBeHidden();
  await expect(page.getByText(/Version 2 of 2, updated/)).toBeVisible();
  await expect(page.getByRole('region', { name: /Quotes to review/ }).getByRole('listitem')).toContainText(
    'The words have changed in the new version',
  );
  await expect(list.getByRole('listitem')).toHaveCount(5);

  await page.getByRole('button', { name: 'Undo update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 is current again' })).toBeVisible();
  expect((await project.sources.get(source!.id)).currentVersion).toBe(1);
});

test('a file dropped on the open reader can be cancelled or imported as a new source; dropped elsewhere it is imported', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const items = page.getByRole('list', { name: 'Sources in this project' }).getByRole('listitem');
  await openSource(page, /Joined-up services/);

  await dropFile(page, page.locator('.reader-text'), 'notes.txt', 'Notes on SEND provision, version two.');
  const offer = page.getByRole('alertdialog', { name: /Update “Joined-up services.*” from notes\.txt\?/ });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Cancel' }).click();
  await expect(offer).toBeHidden();
  await expect(items).toHaveCount(5);

  await dropFile(page, page.locator('.reader-text'), 'notes.txt', 'Notes on SEND provision, version two.');
  await offer.getByRole('button', { name: 'Import as a new source' }).click();
  await expect(items).toHaveCount(6);

  // Off any source (the search box and import area), a dropped file is a new source, as before.
  await dropFile(page, page.getByRole('searchbox', { name: 'Search all sources' }), 'more.txt', 'More notes on EHCPs.');
  await expect(items).toHaveCount(7);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const [joinedUp] = (await workbench.project.sources.list()).filter((s) => /Joined-up services/.test(s.title));
  expect(await workbench.project.versions.versions(joinedUp!.id)).toHaveLength(1);
});
