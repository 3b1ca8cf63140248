import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { SourceId } from '../../shared/ids.ts';
import { test, expect } from './fixtures.ts';
import { chooseQuestion, dragSelectInReader, openSource, selectInReader } from './pageHelpers.ts';

const SOURCE_TITLE = /Joined-up services for children with SEND/;
// Verbatim from the March 2024 written answer, curly apostrophes and all if present.
const PHRASE = 'Local authorities already have existing statutory responsibilities';
const ANSWER = 'Our forum sees the same gaps between education and health every week.';

test('pull a quote, draft an answer with it, export to Word and find it all again after a restart', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.getByRole('heading', { name: 'SEND Green Paper 2022 response' })).toBeVisible();
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();

  await openSource(page, SOURCE_TITLE);
  await chooseQuestion(page, 5);
  await dragSelectInReader(page, PHRASE);
  await expect(page.getByText(`Selected: “${PHRASE}”`)).toBeVisible();
  await page.getByRole('button', { name: 'Pull quote to Question 5', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Quote added to Question 5.' })).toBeVisible();
  await expect(page.locator('.reader-text mark')).toHaveText(PHRASE);
  await expect(page.getByText('1 of 22 questions have evidence')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Question 5\b/ })).toContainText('1 quote');

  // What was stored is exactly the source's text at the stored offsets.
  const [stored] = await workbench.project.quotes.list({});
  expect(stored).toBeDefined();
  const source = await workbench.project.sources.get(stored!.sourceId as SourceId);
  expect(stored!.fragments[0]!.text).toBe(PHRASE);
  expect(source.text.slice(stored!.fragments[0]!.start, stored!.fragments[0]!.end)).toBe(PHRASE);

  await page.getByRole('button', { name: 'Insert into draft' }).click();
  const block = page.locator('.editor-content .source-quote-block');
  await expect(block).toContainText(`“${PHRASE}”`);
  await expect(block).toContainText('25 March 2024');

  // The caret sits in the paragraph after the quotation: type the answer there.
  await page.locator('.editor-content').focus();
  await page.keyboard.type(ANSWER);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Question 5\b/ })).toContainText('19 / 250 words');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await page
    .getByRole('dialog', { name: 'Export to Word' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('SEND Green Paper 2022 response.docx');
  const file = join(mkdtempSync(join(tmpdir(), 'workbench-export-')), download.suggestedFilename());
  await download.saveAs(file);
  const { value: text } = await mammoth.extractRawText({ path: file });
  expect(text).toContain('Question 5: How can parents and local authorities');
  expect(text).toContain(`“${PHRASE}”`);
  expect(text).toContain(ANSWER);
  expect(text).toContain('25 March 2024');

  // Quit and relaunch: the quote, its highlight, the draft and the counts are all still there.
  const url = await workbench.restart();
  await page.goto(url);
  await expect(page.getByText('1 of 22 questions have evidence')).toBeVisible();
  await expect(page.locator('.editor-content .source-quote-block')).toContainText(PHRASE);
  await expect(page.locator('.editor-content')).toContainText(ANSWER);
  await openSource(page, SOURCE_TITLE);
  await expect(page.locator('.reader-text mark')).toHaveText(PHRASE);
});

test('a quotation in the draft shows where it came from, highlighted in its source', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await openSource(page, SOURCE_TITLE);
  await chooseQuestion(page, 2);
  await selectInReader(page, PHRASE);
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('status').filter({ hasText: 'Quote added to Question 2.' })).toBeVisible();
  await page.getByRole('button', { name: 'Insert into draft' }).click();

  await openSource(page, /SEND Joint Ministerial roundtable/);
  await expect(page.locator('.reader-text mark')).toHaveCount(0);
  await page.locator('.editor-content .source-quote-block').getByRole('button', { name: 'Show in source' }).click();
  await expect(page.getByRole('heading', { level: 3, name: SOURCE_TITLE })).toBeVisible();
  const mark = page.locator('.reader-text mark.focused');
  await expect(mark).toHaveText(PHRASE);
  await expect(mark).toBeInViewport();
});

test('a selected passage gets suggested questions, and one click files it there', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await openSource(page, /SEND Review, an update/);
  await chooseQuestion(page, 1);
  await selectInReader(page, 'Management of the EHCP Process: Streamlining and modernising the EHCP process');
  const suggestions = page.getByRole('group', { name: 'Suggested questions for this passage' });
  await expect(suggestions.getByRole('button')).toHaveCount(3);
  const ranked = await workbench.project.suggestions.forText(
    'Management of the EHCP Process: Streamlining and modernising the EHCP process',
  );
  const best = (await workbench.project.consultation.getConsultation()).chapters
    .flatMap((c) => c.questions)
    .find((q) => q.id === ranked[0]!.questionId)!;
  await suggestions.getByRole('button', { name: `Pull quote to Question ${best.number} (suggested)` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Quote added to Question ${best.number}.` })).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`^Question ${best.number}\\b`) })).toContainText('1 quote');
  await expect(page.getByRole('button', { name: /^Question 1\b/ })).toContainText('No evidence yet');
});
