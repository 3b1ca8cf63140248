import { test, expect } from './fixtures.ts';

test('keep a named version of the draft and go back to it, without losing the draft it replaces', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  await editor.getByText('About us').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('We are a forum of parent carers.');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.locator('.draft-words')).toContainText(/words in all/);

  await page.getByRole('button', { name: 'Versions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions of the draft' });
  await dialog.getByLabel('Name this version').fill('Before the forum meeting');
  await dialog.getByRole('button', { name: 'Keep this version' }).click();
  await expect(dialog.getByRole('list', { name: 'Kept versions' })).toContainText('Before the forum meeting');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await editor.getByText('We are a forum of parent carers.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Added after the meeting.');
  // Go back straight away: the typing not yet autosaved must be kept in the version made on the way.
  await page.getByRole('button', { name: 'Versions…' }).click();
  await dialog.getByRole('button', { name: 'Go back to “Before the forum meeting”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Went back to “Before the forum meeting”' })).toBeVisible();
  await expect(editor).toContainText('We are a forum of parent carers.');
  await expect(editor).not.toContainText('Added after the meeting.');

  const versions = await workbench.project.drafts.versions();
  expect(versions.map((s) => s.name)).toEqual([
    expect.stringMatching(/^Before going back/),
    'Before the forum meeting',
  ]);
  const kept = workbench.project.db
    .prepare('SELECT content FROM draft_snapshots WHERE id = ?')
    .get(versions[0]!.id) as { content: string };
  expect(kept.content).toContain('Added after the meeting.');
  expect((await workbench.project.drafts.get()).content).not.toContain('Added after the meeting.');

  // And the restored draft is what opens next time.
  await page.goto(await workbench.restart());
  await expect(page.locator('.editor-content')).toContainText('We are a forum of parent carers.');
  await expect(page.locator('.editor-content')).not.toContainText('Added after the meeting.');
});
