import { test, expect } from './fixtures.ts';
import { caretSettled } from './pageHelpers.ts';

test("typing, deleting and pasting in a question's or chapter's heading leave its wording as it was", async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const heading = page.locator('.editor-content h3', { hasText: 'Question 1:' });
  const wording = await heading.textContent();
  const chapter = page.locator('.editor-content h2', { hasText: /^Chapter 2:/ });
  const chapterLabel = await chapter.textContent();
  await heading.click();
  await page.keyboard.press('End');
  await caretSettled(page);
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await chapter.click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Backspace');
  await expect(heading).toHaveText(wording!);
  await expect(chapter).toHaveText(chapterLabel!);
  await page.waitForTimeout(1500); // longer than autosave's longest wait
  expect((await workbench.project.drafts.get()).content ?? '').not.toMatch(/xyz|abc/); // nothing to save, or saved without them
});
