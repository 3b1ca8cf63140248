import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('format an answer: bold, a bulleted list and a web link, all kept in the Word export', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  await editor.locator('h3:has-text("Question 1:") + p').click();
  await page.keyboard.type('Read the ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('forum survey');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' online.');
  // Select "online" and link it.
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Link…' }).click();
  await page.getByLabel('Link the selected words to').fill('not a link');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByRole('alert')).toHaveText('Use a full web address, starting with https://');
  await page.getByLabel('Link the selected words to').fill('https://example.org/survey');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(editor.locator('a.draft-link')).toHaveText('online');

  // Click past the end of the answer's line to put the caret after "online.".
  const answer = editor.locator('h3:has-text("Question 1:") + p');
  const box = (await answer.boundingBox())!;
  await answer.click({ position: { x: box.width - 4, y: box.height / 2 } });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Key workers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shorter waits');
  await expect(editor.locator('ul.draft-ul li')).toHaveText(['Key workers', 'Shorter waits']);
  await expect(page.getByText('All changes saved')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const file = await (await download).path();
  const html = (await mammoth.convertToHtml({ buffer: readFileSync(file!) })).value;
  expect(html).toContain('<strong>forum survey</strong>');
  expect(html).toContain('<a href="https://example.org/survey">online</a>');
  expect(html).toContain('<ul><li>Key workers</li><li>Shorter waits</li></ul>');
});
