import { test, expect, type Workbench } from './fixtures.ts';
import { openSource } from './pageHelpers.ts';
import type { Page } from '@playwright/test';

/** How many times the words come in a source's stored text, as find counts them (any case, overlapping too). */
async function occurrences(workbench: Workbench, title: RegExp, words: string): Promise<number> {
  const summary = (await workbench.project.sources.list()).find((s) => title.test(s.title))!;
  const text = (await workbench.project.sources.get(summary.id)).text.toLowerCase();
  let n = 0;
  for (let at = text.indexOf(words.toLowerCase()); at >= 0; at = text.indexOf(words.toLowerCase(), at + 1)) n++;
  return n;
}

const sourceRow = (page: Page, title: RegExp) =>
  page.getByRole('list', { name: 'Sources in this project' }).getByRole('button', { name: title });

test('Find stays open when another source is chosen, with its words, and finds them there', async ({
  page,
  workbench,
}) => {
  const words = 'local authorit';
  const update = /^SEND Review, an update/;
  const joined = /^Joined-up services/;
  const inJoined = await occurrences(workbench, joined, words);
  expect(inJoined).toBeGreaterThan(1);
  await page.goto(workbench.url);
  await openSource(page, update);
  await page.keyboard.press('Control+F');
  await page.keyboard.type(words);
  const find = page.getByRole('searchbox', { name: 'Find in this source' });
  const count = page.locator('.find-count');
  const inUpdate = await occurrences(workbench, update, words);
  expect(inUpdate).not.toBe(inJoined);
  await expect(count).toHaveText(`1 of ${inUpdate}`);

  // By keyboard: to the source list, up to another source, Enter.
  await sourceRow(page, update).focus();
  await page.keyboard.press('Home');
  await expect(sourceRow(page, joined)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader-text')).toHaveAttribute('aria-label', /^Text of Joined-up services/);
  await expect(find).toHaveValue(words);
  await expect(count).toHaveText(`1 of ${inJoined}`);
  await expect(page.locator('.reader-text mark.in-focus')).toHaveText(/^local\s+authorit$/i);
  // The writer stays where they chose the source, free to choose the next one.
  await expect(sourceRow(page, joined)).toBeFocused();

  // Ctrl+F takes them back to the words, and Enter moves on through this source's matches.
  await page.keyboard.press('Control+F');
  await expect(find).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${inJoined}`);

  // With the mouse too; a source without the words says so.
  const workforce = /^SEND workforce/;
  expect(await occurrences(workbench, workforce, words)).toBe(0);
  await sourceRow(page, workforce).click();
  await expect(page.locator('.reader-text')).toHaveAttribute('aria-label', /^Text of SEND workforce/);
  await expect(find).toHaveValue(words);
  await expect(count).toHaveText('No matches');
  await expect(sourceRow(page, workforce)).toBeFocused();
});

test('opening a search result while Find is open shows the result, not a Find match', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await openSource(page, /^SEND Review, an update/);
  await page.keyboard.press('Control+F');
  await page.keyboard.type('EHCP');
  await expect(page.locator('.find-count')).toHaveText(/^1 of/);

  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('"joint commissioning"');
  const hit = page.locator('.search-results button').first();
  await hit.click();
  await expect(page.getByRole('search', { name: 'Find in this source' })).toHaveCount(0);
  await expect(page.locator('.reader-text mark.in-focus').first()).toContainText(/joint\s+commissioning/i);
  await expect(hit).toBeFocused();
});

test('F6 pressed while the source is still being read lands on the reader, which keeps focus as its text comes', async ({
  page,
  workbench,
}) => {
  // Hold the source's text back, as a slow disk or a big source would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getSource', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(workbench.url);
  await expect(page.getByRole('list', { name: 'Sources in this project' })).toBeVisible();
  const reader = page.locator('.reader-text');
  await expect(reader).toHaveAttribute('aria-busy', 'true');

  await page.keyboard.press('F6');
  await expect(reader).toBeFocused();
  release();
  await expect(reader).toHaveAttribute('aria-label', /^Text of /);
  await expect(reader).not.toHaveAttribute('aria-busy', 'true');
  await expect(reader).toBeFocused();
});

test('A source that can no longer be read says so in the reader, not "Opening the text…" for good', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.getByRole('list', { name: 'Sources in this project' })).toBeVisible();
  // Taken out of the project behind the window's back (another window, or the command line), after the list was read.
  const update = /^SEND Review, an update/;
  await expect(page.locator('.reader-text')).not.toHaveAttribute('aria-label', /^Text of SEND Review, an update/);
  const gone = (await workbench.project.sources.list()).find((s) => update.test(s.title))!;
  await workbench.project.sources.remove(gone.id);
  await sourceRow(page, update).click();
  const reader = page.locator('.reader-text');
  await expect(reader).toContainText('This source could not be opened. That source is no longer in this project.');
  await expect(reader).toHaveAttribute('aria-label', /^Could not open SEND Review, an update/);
  await expect(reader).not.toHaveAttribute('aria-busy', 'true');
  await expect(reader).not.toContainText('Opening the text…');
});
