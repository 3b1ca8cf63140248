import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('format an answer: bold, a bulleted list and a web link, all kept in the Word export', async ({
  page,
  workbench,
}) => {
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

  // A list in the next answer.
  await editor.locator('h3:has-text("Question 2:") + p').click();
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Key workers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shorter waits');
  await expect(editor.locator('ul.draft-ul li')).toHaveText(['Key workers', 'Shorter waits']);
  await expect(page.getByText('All changes saved')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await page
    .getByRole('dialog', { name: 'Export to Word' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const file = await (await download).path();
  const html = (await mammoth.convertToHtml({ buffer: readFileSync(file!) })).value;
  expect(html).toContain('<strong>forum survey</strong>');
  expect(html).toContain('<a href="https://example.org/survey">online</a>');
  expect(html).toContain('<ul><li>Key workers</li><li>Shorter waits</li></ul>');
});

test('pasting from Word keeps headings, bold and lists but drops colours and fonts, and counts in the answer', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  await editor.locator('h3:has-text("Question 1:") + p').click();
  await page.evaluate(() => {
    const html =
      "<html><body><!--StartFragment--><h1 style='color:red'>Our view</h1><p class=MsoNormal><b><span style='color:red;font-family:Calibri;font-size:20pt'>Bold red</span></b><span style='color:blue'> then blue text</span></p><ul><li class=MsoListParagraph style='color:green'>Item one</li><li>Item two</li></ul><!--EndFragment--></body></html>";
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Our view\nBold red then blue text\nItem one\nItem two');
    document
      .querySelector('.editor-content')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.locator('strong', { hasText: 'Bold red' })).toBeVisible();
  await expect(editor.locator('ul.draft-ul li')).toHaveText(['Item one', 'Item two']);
  expect(await editor.locator('[style*="color"], [style*="font"]').count()).toBe(0);
  // Our view (2) + Bold red then blue text (5) + Item one (2) + Item two (2) = 11 words in Question 1's answer.
  await expect(page.getByRole('button', { name: /^Question 1\b/ })).toContainText('11 / 250 words');
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('make a sub-heading in an answer from the toolbar by keyboard, and switch it back and forth with Ctrl+Alt+0 / 1', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const editor = page.locator('.editor-content');
  // Every response ends with the Annexes part.
  await expect(editor.locator('h2').last()).toHaveText('Annexes');

  await editor.locator('h3:has-text("Question 1:") + p').click();
  await page.keyboard.type('Our view');
  const subheading = page.getByRole('button', { name: 'Sub-heading' });
  await expect(subheading).toHaveAttribute('aria-pressed', 'false');
  await subheading.focus();
  await page.keyboard.press('Enter');
  const heading = editor.locator('h3:has-text("Question 1:") + h4');
  await expect(heading).toHaveText('Our view');
  await expect(subheading).toHaveAttribute('aria-pressed', 'true');

  // Carry on writing under it: the sub-heading and the words under it count towards Question 1.
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Families wait too long.');
  await expect(heading.locator('+ p')).toHaveText('Families wait too long.');
  await expect(page.getByRole('button', { name: /^Question 1\b/ })).toContainText('6 / 250 words');

  await page.keyboard.press('Control+Alt+1');
  await expect(editor.locator('h4')).toHaveText(['Our view', 'Families wait too long.']);
  await page.keyboard.press('Control+Alt+0');
  await expect(editor.locator('h4')).toHaveText(['Our view']);
  await expect(page.getByText('All changes saved')).toBeVisible();
});
