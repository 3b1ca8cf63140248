import { test, expect } from './fixtures.ts';
import { chooseQuestion, dragSelectInReader, openSource } from './pageHelpers.ts';

test('after pulling a quote the reader stays on the passage just pulled, its new highlight in view (#14.4)', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await chooseQuestion(page, 3);
  await page.getByRole('searchbox', { name: 'Search all sources' }).fill('disillusionment');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  const reader = page.locator('.reader-text');
  await expect(reader.locator('mark.in-focus')).toBeInViewport();

  // The writer reads on, far from the search hit, and pulls a passage there.
  const phrase = 'Prioritise emotional, social and mental health recovery';
  await dragSelectInReader(page, phrase);
  await page.getByRole('button', { name: /^Pull quote to Question 3/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote added to Question 3.' })).toBeVisible();
  const pulled = reader.locator('mark', { hasText: 'mental health recovery' });
  await expect(pulled).toHaveCount(1);
  await page.waitForTimeout(300); // any late scroll back to the search hit would have happened by now
  await expect(pulled).toBeInViewport();
});

test('a drag-select that overshoots the reader keeps the selection inside the source text, and Pull stays on (#14.5)', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  await openSource(page, /Joined-up services/);
  const reader = page.locator('.reader-text');
  const start = await reader.evaluate((container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.trim().length > 10) {
        const range = document.createRange();
        range.setStart(n, 0);
        range.setEnd(n, 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + 1, y: r.top + r.height / 2 };
      }
    }
    throw new Error('no text');
  });
  const questions = await page.locator('.questions-pane').boundingBox();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Out of the reader, across the pane divider, to the far side of the window.
  await page.mouse.move(questions!.x + questions!.width / 2, 700, { steps: 10 });
  await page.mouse.move(1275, 715, { steps: 10 });
  await page.mouse.up();

  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('Special Educational Needs');
  expect(selected).not.toContain('questions have evidence');
  const inReader = await reader.evaluate((container) => {
    const s = window.getSelection()!;
    return container.contains(s.anchorNode) && container.contains(s.focusNode);
  });
  expect(inReader).toBe(true);
  await expect(page.getByRole('button', { name: /^Pull quote( to Question \d+)?$/ })).toBeEnabled();
});

test('menus and pickers close on Escape and on a click outside, and focus goes back to what opened them (#14.6)', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const more = page.getByRole('button', { name: 'More actions' });
  const moreList = page.getByRole('menu', { name: 'More actions' });

  await more.click();
  await expect(moreList).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(moreList).toBeHidden();
  await expect(more).toBeFocused();

  await more.click();
  await expect(moreList).toBeVisible();
  await page.locator('.reader-text').click();
  await expect(moreList).toBeHidden();

  // The "File under…" picker on a quote in the evidence list.
  const workforce = (await workbench.project.sources.list()).find((s) => s.title.startsWith('SEND workforce'))!;
  const consultation = await workbench.project.consultation.getConsultation();
  const q1 = consultation.chapters.flatMap((c) => c.questions).find((q) => q.number === 1)!;
  await workbench.project.quotes.create({ sourceId: workforce.id, start: 0, end: 20, questionIds: [q1.id] });
  await page.reload();
  await chooseQuestion(page, 1);
  const fileUnder = page.getByRole('button', { name: 'File under…' });
  const picker = page.getByRole('group', { name: 'File this quote under questions' });
  await fileUnder.click();
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(fileUnder).toBeFocused();
  await fileUnder.click();
  await expect(picker).toBeVisible();
  await page.locator('.reader-text').click();
  await expect(picker).toBeHidden();

  // Dialogs: focus returns to the control that opened them.
  // Response details opens from the More menu: focus goes back to the menu's button.
  const details = moreList.getByRole('menuitem', { name: 'Response details…' });
  await more.click();
  await details.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await details.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(more).toBeFocused();

  const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await shortcuts.click();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeFocused();

  await page.getByRole('button', { name: /^Question 1\b/ }).focus();
  await page.keyboard.press('Control+Shift+Q');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Question 1\b/ })).toBeFocused();
});
