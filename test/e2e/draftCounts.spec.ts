import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const totalWords = async (page: Page) => Number((await page.locator('.draft-words').textContent())!.replace(/\D/g, ''));

test("the question list's count and the draft's total follow the writing when it pauses, and an answer over its limit is marked", async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const count = page.getByRole('button', { name: /^Question 3\b/ }).locator('.word-count');
  await expect(count).toHaveText('0 / 250 words');
  await expect(page.locator('.draft-words')).toHaveText(/^[\d,]+ words in all$/);
  const before = await totalWords(page);

  await page.locator('.editor-content h3:has-text("Question 3:") + p').click();
  await page.keyboard.type('Families wait far too long.', { delay: 30 });
  await expect(count).toHaveText('5 / 250 words');
  await expect(page.locator('.draft-words')).toHaveText(`${(before + 5).toLocaleString('en-GB')} words in all`);
  const normal = await count.evaluate((el) => getComputedStyle(el).color);
  await page.waitForTimeout(1200); // so the words pasted next are an undo step of their own

  await page.keyboard.insertText(' ' + Array.from({ length: 250 }, (_, i) => `word${i}`).join(' '));
  await expect(count).toHaveText('255 / 250 words (over the limit)');
  expect(await count.evaluate((el) => getComputedStyle(el).color)).not.toBe(normal);
  await expect(page.locator('.draft-words')).toHaveText(`${(before + 255).toLocaleString('en-GB')} words in all`);

  // Back under the limit: the mark goes.
  await page.keyboard.press('Control+Z');
  await expect(count).toHaveText('5 / 250 words');
  expect(await count.evaluate((el) => getComputedStyle(el).color)).toBe(normal);
});
