import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { caretSettled } from './pageHelpers.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { docxPart, styledParagraphs } from '../services/docxPart.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `point${i}`).join(' ');

/** Answers question 1 at length and question 2 briefly in the saved draft, as typing would; the rest stay empty. */
async function partlyAnswer(project: ProjectServices) {
  const consultation = await project.themes.getConsultation();
  const [q1, q2] = consultation.chapters.flatMap((c) => c.questions);
  const state = JSON.parse(initialDraftState(consultation)) as {
    root: { children: { $?: Record<string, unknown> }[] };
  };
  const put = (id: number, ...nodes: object[]) =>
    state.root.children.splice(state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === id) + 1, 0, ...nodes);
  put(q1!.id, paragraph(`Families in our forum waited too long. ${words(40)}`));
  put(q2!.id, paragraph('We agree.'));
  await project.drafts.save(JSON.stringify(state));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const editor = (page: Page) => page.locator('.editor-content');

test('the readiness view lists what needs doing, and each problem goes to the place to fix it', async ({
  page,
  workbench,
}) => {
  await partlyAnswer(workbench.project);
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();

  // Keyboard: the shortcut opens it, Tab reaches a problem, Enter goes there.
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Ready to send?' });
  await expect(dialog).toContainText('Respondent details missing: organisation, contact name, contact email');
  await expect(dialog).toContainText('“About us” is empty, so it is left out of the Word file');
  await expect(dialog).toContainText('No closing date recorded');
  const row = (n: number) =>
    dialog.getByRole('listitem').filter({ has: page.getByText(`Question ${n}`, { exact: true }) });
  await expect(row(1)).toContainText('Answered');
  await expect(row(1)).toContainText('No evidence cited');
  await expect(row(2)).toContainText('Brief');
  await expect(row(3)).toContainText('Not answered yet');
  await expect(row(8)).toContainText('Wording not verified');
  expect(await seriousViolations(page)).toEqual([]);

  const write3 = dialog.getByRole('button', { name: 'Write an answer (Question 3)' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (let i = 0; i < 200 && !(await write3.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(write3).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('Typed where question three is answered.');
  await expect(editor(page).locator('h3:has-text("Question 3:") + p')).toHaveText(
    'Typed where question three is answered.',
  );

  // Edit wording… opens the question's wording form, ready to type in.
  await page.getByRole('button', { name: 'Ready to send?' }).click();
  await dialog.getByRole('button', { name: 'Edit wording… (Question 8)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Wording of Question 8' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The respondent details dialog, and an empty part of the response.
  await page.getByRole('button', { name: 'Ready to send?' }).click();
  await dialog.getByRole('button', { name: 'Respondent details…' }).click();
  await expect(page.getByRole('dialog', { name: 'Response details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ready to send?' }).click();
  await dialog.getByRole('button', { name: 'Write “About us”' }).click();
  await expect(editor(page)).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('We are a parent carer forum.');
  await expect(editor(page).locator('h2:has-text("About us") + p')).toHaveText('We are a parent carer forum.');

  // Once saved, the check reads the draft as it is now.
  await page.getByRole('button', { name: 'Ready to send?' }).click();
  await expect(row(3)).toContainText('Brief');
  await expect(dialog).not.toContainText('“About us” is empty');
});

test('Export to Word shows the problems first, then exports the partly answered draft fit to send', async ({
  page,
  workbench,
}) => {
  await partlyAnswer(workbench.project);
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog).toContainText('Before you export, check what still needs doing.');
  await expect(dialog).toContainText('Respondent details missing');
  await expect(dialog.getByRole('button', { name: 'Fix problems' })).toBeFocused();
  const leaveOut = dialog.getByRole('radio', { name: 'Leave them out of the document' });
  const keep = dialog.getByRole('radio', { name: 'Keep them, with “No response to this question.”' });
  await expect(leaveOut).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);

  // Keep unanswered questions, marked: the choice goes into the file and is remembered for the project.
  await keep.check();
  const marked = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeHidden();
  const markedXml = docxPart(readFileSync((await (await marked).path())!), 'word/document.xml')!;
  const markedText = styledParagraphs(markedXml).map((p) => p.text);
  expect(markedText.filter((t) => t === 'No response to this question.')).toHaveLength(20);
  expect(markedText).toContain('We agree.');
  expect(markedXml).toContain('Question 8:');
  expect(markedXml).not.toContain('official wording not verified');
  expect(markedXml).not.toContain('topic label');
  for (const part of ['About us', 'Summary of key points', 'Other comments', 'Recommendations'])
    expect(markedText).not.toContain(part);

  // After a restart the choice is still "keep"; going back to "leave out" leaves the unanswered questions out.
  await page.goto(await workbench.restart());
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await expect(keep).toBeChecked();
  await leaveOut.check();
  const omitted = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const omittedXml = docxPart(readFileSync((await (await omitted).path())!), 'word/document.xml')!;
  expect(omittedXml).not.toContain('No response to this question.');
  expect(omittedXml).toContain('Question 1:');
  expect(omittedXml).toContain('Question 2:');
  expect(omittedXml).not.toContain('Question 3:');
  expect(omittedXml).not.toContain('official wording not verified');
  expect(await workbench.project.formSettings.unansweredChoice()).toBe('omit');

  // Fix problems closes the screen and goes to the first problem: question 1's answer, which cites no evidence.
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await dialog.getByRole('button', { name: 'Fix problems' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('More.');
  await expect(editor(page).locator('h3:has-text("Question 1:") + p + p')).toHaveText('More.');
});
