import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { caretSettled, screenshotEachSize } from './pageHelpers.ts';

/** Writes an answer from the keyboard, going to it the way "Ready to send?" does: the caret at the answer's end. */
async function writeAnswer(page: Page, question: number, words: string): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  await page
    .getByRole('dialog', { name: 'Ready to send?' })
    .getByRole('button', { name: `Write an answer (Question ${question})` })
    .click();
  await expect(page.locator('.editor-content')).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type(words);
}

/** Selects from the start of one answer's words to the end of another's, as a drag across the draft would. */
async function selectAcross(page: Page, from: string, to: string): Promise<void> {
  await page.locator('.editor-content').evaluate(
    (root, [a, b]) => {
      const textNode = (words: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent === words) return n;
        throw new Error(`Not in the draft: ${words}`);
      };
      const end = textNode(b!);
      window.getSelection()!.setBaseAndExtent(textNode(a!), 0, end, end.textContent!.length);
    },
    [from, to],
  );
  await caretSettled(page);
}

/** The app with "First point" answering Question 1 and "Second point" Question 2, either side of Question 2's heading. */
async function openWithTwoAnswers(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.editor-content h3', { hasText: /^Question 2:/ })).toBeVisible();
  await writeAnswer(page, 1, 'First point');
  await writeAnswer(page, 2, 'Second point');
}

test('a list made over a selection that reaches or crosses a question heading leaves the heading a heading', async ({
  page,
  workbench,
}) => {
  await openWithTwoAnswers(page, workbench.url);
  const question2 = page.locator('.editor-content h3', { hasText: /^Question 2:/ });
  const wording = await question2.textContent();
  const bulleted = page.getByRole('button', { name: 'Bulleted list' });
  const items = page.locator('.editor-content li');
  const itemsBefore = await items.count(); // the numbered recommendations' first item

  // From the answer to Question 1 right across Question 2's heading into its answer.
  await selectAcross(page, 'First point', 'Second point');
  await bulleted.click();
  // And ending in the heading itself, as Shift+Down from an answer does.
  await selectAcross(page, 'First point', wording!);
  await page.getByRole('button', { name: 'Numbered list' }).click();

  await expect(question2).toHaveText(wording!);
  await expect(page.locator('.editor-content li', { hasText: /Question 2/ })).toHaveCount(0);
  // Nothing was made a list: the selection reached a heading, so the command changed nothing.
  await expect(items).toHaveCount(itemsBefore);
  await expect(question2.locator('xpath=following-sibling::*[1]')).toHaveText('Second point');
  await page.waitForTimeout(1500); // longer than autosave's longest wait
  const saved = JSON.stringify(await workbench.project.drafts.get());
  expect(saved).not.toMatch(/"listitem"[^\]]*Question 2/);
});

test('an edit refused because the selection reaches a heading says why, once per attempt', async ({
  page,
  workbench,
}) => {
  await openWithTwoAnswers(page, workbench.url);
  const notices = page.getByRole('status').filter({ hasText: 'Headings can’t be changed in the draft' });

  // A list over a selection that runs into Question 2's heading: nothing changes, and the notice says why.
  await selectAcross(page, 'First point', 'Second point');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(notices).toHaveText(
    'Headings can’t be changed in the draft: select only your answer’s text (Edit wording changes a question’s words).',
  );
  await expect(page.locator('.editor-content h3', { hasText: /^Question 2:/ })).toBeVisible();

  // Typing over the same selection: refused key after key, told once (the notice is not announced again per key).
  await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => seen.push(n.textContent ?? ''))),
    ).observe(document.body, { childList: true, subtree: true, characterData: true });
    (window as unknown as { seen: string[] }).seen = seen;
  });
  // A new attempt (the selection now ends in the heading itself), typed into: told once, not once per key.
  await page.locator('.editor-content').focus();
  const wording = (await page.locator('.editor-content h3', { hasText: /^Question 2:/ }).textContent())!;
  await selectAcross(page, 'First point', wording);
  await page.keyboard.type('abc');
  await expect(page.locator('.editor-content')).toContainText('First point');
  await expect(page.locator('.editor-content')).not.toContainText('abc');
  await expect(notices).toBeVisible();
  const fresh = await page.evaluate(
    () => (window as unknown as { seen: string[] }).seen.filter((t) => t.includes('Headings can’t be changed')).length,
  );
  expect(fresh).toBe(1);
  await screenshotEachSize(page, 'heading-refused');
});
