import { test, expect } from './fixtures.ts';
import { caretSettled } from './pageHelpers.ts';

test("typing, deleting and pasting in a question's or chapter's heading leave its wording as it was", async ({
  page,
  workbench,
}) => {
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

test('a click on a quotation in the draft selects it, and typing then starts a new paragraph right after it', async ({
  page,
  workbench,
}) => {
  const consultation = await workbench.project.consultation.getConsultation();
  const q4 = consultation.chapters.flatMap((c) => c.questions).find((x) => x.number === 4)!.id;
  const sources = await workbench.project.sources.list();
  const slides = sources.find((s) => s.kind === 'slide-deck')!;
  const text = (await workbench.project.sources.get(slides.id)).text;
  const phrase = 'Streamlining and modernising the EHCP process';
  await workbench.project.quotes.create({
    sourceId: slides.id,
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
    questionIds: [q4],
  });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(workbench.url);
  const aboutUs = page.locator('.editor-content h2').first();
  const aboutUsText = await aboutUs.textContent();
  await page.getByRole('button', { name: /^Question 4\b/ }).click();
  await page.keyboard.press('Control+Shift+Q');
  await page.keyboard.press('Enter');
  const block = page.locator('.editor-content .source-quote-block');
  await expect(block).toContainText(phrase);

  await block.locator('blockquote').click();
  await expect(block).toHaveClass(/is-selected/);
  await page.screenshot({ path: '/tmp/typing-selected-quote.png' });
  await page.keyboard.type('Straight after the quote.');
  await expect(block).not.toHaveClass(/is-selected/);
  await expect(page.locator('.editor-content .source-quote + p')).toHaveText('Straight after the quote.');
  await expect(aboutUs).toHaveText(aboutUsText!);

  // Enter on a selected quote opens a line after it too; ArrowDown moves to the start of the block after it.
  await block.locator('blockquote').click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Enter line.');
  await expect(page.locator('.editor-content .source-quote + p')).toHaveText('Enter line.');
  await block.locator('blockquote').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('^');
  await expect(page.locator('.editor-content .source-quote + p')).toHaveText('^Enter line.');
  await expect(aboutUs).toHaveText(aboutUsText!);
});

test('after Ctrl+Shift+Q inserts a quote, the caret is on a new line right after it, in view, and typing lands there', async ({
  page,
  workbench,
}) => {
  const consultation = await workbench.project.consultation.getConsultation();
  const q4 = consultation.chapters.flatMap((c) => c.questions).find((x) => x.number === 4)!.id;
  const slides = (await workbench.project.sources.list()).find((s) => s.kind === 'slide-deck')!;
  const text = (await workbench.project.sources.get(slides.id)).text;
  const phrase = 'Streamlining and modernising the EHCP process';
  await workbench.project.quotes.create({
    sourceId: slides.id,
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
    questionIds: [q4],
  });

  await page.goto(workbench.url);
  await page.getByRole('button', { name: /^Question 4\b/ }).click();
  await page.keyboard.press('Control+Shift+Q');
  await page.keyboard.press('Enter');
  const block = page.locator('.editor-content .source-quote-block');
  await expect(block).toContainText(phrase);
  await expect(page.locator('.editor-content')).toBeFocused();
  await expect(block).toBeInViewport();
  await page.keyboard.type('The next sentence.');
  await expect(page.locator('.editor-content .source-quote + p')).toHaveText('The next sentence.');
});

test('coming into the draft by keyboard and typing writes under "About us", never into that heading', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const aboutUs = page.locator('.editor-content h2').first();
  await expect(aboutUs).toHaveText('About us');
  // As Tab from the toolbar does: focus with no pointer, so the browser puts the caret at the very start.
  await page.locator('.editor-content').focus();
  await caretSettled(page);
  await page.keyboard.type('We are a parent carer forum.');
  await expect(aboutUs).toHaveText('About us');
  await expect(aboutUs.locator('xpath=following-sibling::*[1]')).toHaveText('We are a parent carer forum.');

  // Clicked and typed into, the heading keeps its words, as a question's does.
  await aboutUs.click();
  await page.keyboard.press('End');
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await expect(aboutUs).toHaveText('About us');
  await page.waitForTimeout(1500); // longer than autosave's longest wait
  const saved = (await workbench.project.drafts.get()).content ?? '';
  expect(saved).toContain('We are a parent carer forum.');
  expect(saved).not.toMatch(/xyz|About u"/);
});
