import { test, expect } from './fixtures.ts';

const SENTENCE = 'Families in our forum wait far too long for assessments, and many give up before the plan is agreed.';

test('a fast typist who never pauses still has their words saved as they go, not only when they stop', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.locator('.editor-content h3:has-text("Question 2:") + p').click();
  let finished = false;
  // A key every 120 ms never leaves the 300 ms pause that normally triggers a save.
  const typing = page.keyboard.type(SENTENCE, { delay: 120 }).then(() => (finished = true));
  await expect
    .poll(async () => (await workbench.project.drafts.get()).content ?? '', { timeout: 8000 })
    .toContain('Families in our');
  expect(finished, 'the project file had the words before typing stopped').toBe(false);
  await typing;
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await workbench.project.drafts.get()).content).toContain(SENTENCE);
});

test('the save status says "Saving…" once while someone types and "All changes saved" once they pause, not at every save', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.locator('.editor-content h3:has-text("Question 2:") + p').click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  // What a screen reader would read out from the status line, in order.
  await page.evaluate(() => {
    const status = document.querySelector('.save-state')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const words = 'Families wait far too long for help.';
  await page.keyboard.type(words, { delay: 120 });
  await expect(page.getByText('All changes saved')).toBeVisible();
  // Typing took over four seconds, so several saves were made during it.
  expect((await workbench.project.drafts.get()).content).toContain(words);
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said.at(0)).toBe('Saving…');
  expect(said.at(-1)).toBe('All changes saved');
  // Once, or twice if the test machine stalled long enough to look like a pause; at every save it would be 5 or 6.
  expect(said.filter((s) => s === 'Saving…').length).toBeLessThanOrEqual(2);
});

test('a save that fails says so in the status; the next key saves the words again, and they are there after a reload', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const status = page.locator('.draft-header .save-state');
  await expect(status).toHaveAttribute('role', 'status');
  await page.locator('.editor-content h3:has-text("Question 2:") + p').click();
  await expect(status).toHaveText('All changes saved');
  // The project file cannot be written for now (a full disk, say).
  await page.route('**/api/saveDraftChanges', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The disk is full.' } } }),
  );
  await page.keyboard.type('Families wait', { delay: 50 });
  await expect(status).toHaveText('Not saved: The disk is full.');
  // Shown as a problem, not in the quiet grey of the usual status.
  await expect(status).toHaveCSS('font-weight', '600');
  expect((await workbench.project.drafts.get()).content ?? '').not.toContain('Families wait');

  await page.unroute('**/api/saveDraftChanges');
  await page.keyboard.type(' far too long.', { delay: 50 });
  await expect(status).toHaveText('All changes saved');
  await expect(status).not.toHaveCSS('font-weight', '600');
  expect((await workbench.project.drafts.get()).content).toContain('Families wait far too long.');
  await page.reload();
  await expect(page.locator('.editor-content')).toContainText('Families wait far too long.');
  await expect(page.locator('.draft-header .save-state')).toHaveText('All changes saved');
});
