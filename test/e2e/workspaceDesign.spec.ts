import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { chooseQuestion, selectInReader } from './pageHelpers.ts';

/** Whole lines of source text the reader's box shows at once: its inner height over its line height. */
async function readerLines(page: Page): Promise<number> {
  return page.locator('.reader-text').evaluate((el) => {
    const style = getComputedStyle(el);
    const inner = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.floor(inner / parseFloat(style.lineHeight));
  });
}

const answerSection = (page: Page, number: number) =>
  page
    .locator('.editor-content .draft-section')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^Question ${number}:`) }) });

for (const { width, height, lines } of [
  { width: 1280, height: 720, lines: 15 },
  { width: 1440, height: 900, lines: 25 },
]) {
  test(`the reader shows at least ${lines} lines of the source at ${width}×${height}, beside the source list`, async ({
    page,
    workbench,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(workbench.url);
    await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
    expect(await readerLines(page)).toBeGreaterThanOrEqual(lines);
    // The list sits beside the reader, not above it.
    const list = (await page.getByRole('list', { name: 'Sources in this project' }).boundingBox())!;
    const reader = (await page.locator('.reader-text').boundingBox())!;
    expect(list.x + list.width).toBeLessThanOrEqual(reader.x);
    expect(list.y).toBeLessThan(reader.y + reader.height);
  });
}

test('the source list and reader split is resized by keyboard, folded away, and all remembered after a reload', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const divider = page.getByRole('separator', { name: 'Resize the source list and the reader' });
  const before = Number(await divider.getAttribute('aria-valuenow'));
  const list = page.getByRole('list', { name: 'Sources in this project' });
  const listWidth = (await list.boundingBox())!.width;
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', String(before + 8));
  expect((await list.boundingBox())!.width).toBeGreaterThan(listWidth + 20);

  await page.reload();
  await expect(divider).toHaveAttribute('aria-valuenow', String(before + 8));

  // Folded away, the reader takes the whole pane; reading mode gives it the whole window.
  const readerWidth = (await page.locator('.reader-text').boundingBox())!.width;
  await page.getByRole('button', { name: 'Hide the source list' }).click();
  await expect(list).toBeHidden();
  expect((await page.locator('.reader-text').boundingBox())!.width).toBeGreaterThan(readerWidth * 1.3);
  await page.getByRole('button', { name: 'Reading mode' }).click();
  await expect(page.getByRole('region', { name: 'Draft response' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reading mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Draft response' })).toBeHidden();
  await page.getByRole('button', { name: 'Reading mode' }).click();
  await expect(page.getByRole('region', { name: 'Draft response' })).toBeVisible();
  await expect(list).toBeHidden();
  await page.getByRole('button', { name: 'Show the source list' }).click();
  await expect(divider).toHaveAttribute('aria-valuenow', String(before + 8));
});

test('each answer shows its count against its limit beside it, with the quotation part, and says when it is over', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await chooseQuestion(page, 3);
  await selectInReader(page, 'Special Educational Needs');
  await page.getByRole('button', { name: 'Pull quote to Question 3' }).click();
  await page.getByRole('button', { name: 'Insert into draft' }).click();
  const answer = answerSection(page, 3);
  await expect(answer).toHaveAttribute('data-answer-count', '3 of 250 words · 3 quoted');
  await expect(answerSection(page, 4)).toHaveAttribute('data-answer-count', '0 of 250 words');

  // The count is drawn under the answer, inside its section, as text.
  const drawn = await answer.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(drawn).toBe('"3 of 250 words · 3 quoted"');

  await answer.locator('p').last().click();
  await page.keyboard.insertText(Array.from({ length: 260 }, (_, i) => `word${i}`).join(' '));
  await expect(answer).toHaveAttribute('data-answer-count', '263 of 250 words: 13 over the limit · 3 quoted');
  await expect(answer).toHaveAttribute('data-over-limit', '');
  const colours = await answer.evaluate((el) => ({
    over: getComputedStyle(el, '::after').color,
    normal: getComputedStyle(el.nextElementSibling!, '::after').color,
  }));
  expect(colours.over).not.toBe(colours.normal);
});
