import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { caretSettled, openSource, screenshotEachSize, SHOTS_DIR } from './pageHelpers.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { docxPart, styledParagraphs } from '../services/docxPart.ts';
import { paragraph, quote as quoteBlock, words } from '../services/answerDraft.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';

type DraftNode = { type?: string; $?: Record<string, unknown>; children?: { text?: string }[] };

/** The saved draft as JSON, with a way to put blocks straight after a question's heading or a part's. */
async function draftOf(project: ProjectServices) {
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: DraftNode[] };
  };
  const after = (at: number, nodes: object[]) => state.root.children.splice(at + 1, 0, ...(nodes as DraftNode[]));
  return {
    underQuestion: (id: number, ...nodes: object[]) =>
      after(
        state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === id),
        nodes,
      ),
    underPart: (title: string, ...nodes: object[]) =>
      after(
        state.root.children.findIndex((n) => n.type === 'heading' && n.children?.[0]?.text === title),
        nodes,
      ),
    save: () => project.drafts.save(JSON.stringify(state)),
  };
}

/** A quote of the first sample source, filed under a question, and its quotation block for the draft. */
async function quotation(project: ProjectServices, questionId: number) {
  const source = (await project.sources.list())[0]!;
  const text = (await project.sources.get(source.id)).text;
  const phrase = text.slice(0, 40);
  const quote = await project.quotes.create({
    sourceId: source.id,
    start: 0,
    end: 40,
    questionIds: [questionId as never],
  });
  return { quote, phrase, block: quoteBlock(quote.id, source.id, phrase, source.title) };
}

/** Answers question 1 at length and question 2 briefly in the saved draft, as typing would; the rest stay empty. */
async function partlyAnswer(project: ProjectServices) {
  const consultation = await project.consultation.getConsultation();
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

const editor = (page: Page) => page.locator('.editor-content');

test('the readiness view lists what needs doing, and each problem goes to the place to fix it', async ({
  page,
  workbench,
}) => {
  await partlyAnswer(workbench.project);
  const q5 = (await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions)[4]!;
  await workbench.project.formSettings.setSkipped(q5.id, true);
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();

  // Keyboard: the shortcut opens it, Tab reaches a problem, Enter goes there.
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Ready to send?' });
  await expect(dialog).toContainText('Respondent details missing: organisation, contact name, contact email');
  await expect(dialog).toContainText('“About us” is empty, so it is left out of the Word file');
  await expect(dialog).toContainText(/Closed 22 July 2022, [\d,]+ days ago\./);
  await expect(dialog).toContainText(
    '32 things to look at: 19 questions not answered yet, 1 brief, 2 with no evidence cited, 5 wordings not verified, respondent details missing, 4 empty parts.',
  );
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

  // A question marked "not answering" is changed back in the online form, where its box is focused.
  await page.getByRole('button', { name: 'Ready to send?' }).click();
  await expect(row(5)).toContainText('Not answering');
  await dialog.getByRole('button', { name: 'Change in the online form (Question 5)' }).click();
  const form = page.getByRole('dialog', { name: 'The online form, question by question' });
  await expect(
    form
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Question 5 / }) })
      .getByRole('checkbox', { name: 'Not answering this question' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

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
  // Dark this time, so the accessibility check covers both themes (the readiness view above is light).
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(workbench.url);
  const exportToWord = page.getByRole('button', { name: 'Export to Word…' });
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  // Escape closes it, changing nothing, and focus goes back to the button.
  await exportToWord.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(exportToWord).toBeFocused();
  await exportToWord.click();
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

  // Fix problems takes the writer to the whole list ("Ready to send?"), on its first problem, to work through them all.
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await dialog.getByRole('button', { name: 'Fix problems' }).press('Enter');
  await expect(dialog).toBeHidden();
  const readiness = page.getByRole('dialog', { name: 'Ready to send?' });
  await expect(readiness).toBeVisible();
  const problems = readiness.locator('button[data-problem]:not([data-problem="skipped"])');
  expect(await problems.count()).toBeGreaterThan(20);
  await expect(problems.first()).toBeFocused();
  await expect(problems.first()).toHaveAccessibleName('Respondent details…');
  // Tab goes on to the next problem; Enter on one goes to its place (question 1's answer, which cites no evidence).
  await page.keyboard.press('Tab');
  await expect(problems.nth(1)).toBeFocused();
  const noEvidence = readiness.getByRole('button', { name: 'Go to the answer (Question 1)' });
  await noEvidence.focus();
  await page.keyboard.press('Enter');
  await expect(readiness).toBeHidden();
  await expect(editor(page)).toBeFocused();
  await caretSettled(page);
  await page.keyboard.type('More.');
  await expect(editor(page).locator('h3:has-text("Question 1:") + p + p')).toHaveText('More.');
  // And straight back to the list of what is left: Ctrl+Shift+E.
  await page.keyboard.press('Control+Shift+E');
  await expect(readiness).toBeVisible();
  await expect(readiness.getByRole('button', { name: 'Close' })).toBeFocused();
});

test('a quotation that no longer matches its source is shown in the source from the readiness view', async ({
  page,
  workbench,
}) => {
  const project = workbench.project;
  const [q1] = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  const { quote, phrase, block } = await quotation(project, q1!.id);
  // The stored words altered behind the app's back, as the integrity check would find them.
  project.db.prepare('UPDATE quote_fragments SET text = ? WHERE quote_id = ?').run('Words never said', quote.id);
  const draft = await draftOf(project);
  draft.underQuestion(q1!.id, block, paragraph(words(40)));
  await draft.save();
  await page.goto(workbench.url);
  // Another source open, and the Sources pane hidden: the link has to bring both back.
  await openSource(page, /^SEND workforce/);
  await page.keyboard.press('Control+Shift+1');
  await expect(page.getByRole('region', { name: 'Sources', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Ready to send?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ready to send?' });
  await expect(dialog).toContainText('A quotation no longer matches its source');
  await dialog.getByRole('button', { name: 'Show the quotation (Question 1)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Sources', exact: true })).toBeVisible();
  await expect(page.locator('.reader-text')).toBeFocused();
  await expect(page.locator('.reader-text mark').first()).toContainText(phrase.trim().slice(0, 20));
});

test('with nothing left to do, the export screen says so and Export is the first choice', async ({
  page,
  workbench,
}) => {
  const project = workbench.project;
  const questions = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  const q1 = questions[0]!;
  for (const q of questions.slice(1)) await project.formSettings.setSkipped(q.id, true);
  await project.details.update({
    ...project.details.get(),
    organisation: 'Anytown Parent Carer Forum',
    contactName: 'Sam Jones',
    contactEmail: 'sam@example.org',
  });
  const { block } = await quotation(project, q1.id);
  const draft = await draftOf(project);
  draft.underQuestion(q1.id, block, paragraph(words(40)));
  for (const part of ['About us', 'Summary of key points', 'Other comments', 'Recommendations'])
    draft.underPart(part, paragraph(`Our ${part.toLowerCase()}.`));
  await draft.save();

  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog).toContainText('The response is ready to send.');
  await expect(dialog).toContainText('Nothing to put right');
  await expect(dialog.getByRole('button', { name: 'Fix problems' })).toHaveCount(0);
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeFocused();
  await expect(exportButton).toHaveClass(/primary/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const xml = docxPart(readFileSync((await (await download).path())!), 'word/document.xml')!;
  expect(xml).toContain('Our about us.');
  expect(xml).not.toContain('Question 2:');
});

test('an agree/disagree answer with its position "Not chosen yet" is flagged, and its button opens the position menu', async ({
  page,
  workbench,
}) => {
  const questions = (await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  const q6 = questions.find((q) => q.number === 6)!;
  expect(q6.answerType).toBe('agree-scale');
  const draft = await draftOf(workbench.project);
  draft.underQuestion(q6.id, paragraph(`Redress should be quicker for families. ${words(40)}`));
  await draft.save();
  expect((await workbench.project.readiness.check()).problems).toContainEqual({
    question: '6',
    problem: 'no-position',
    questionId: q6.id,
  });

  await page.goto(workbench.url);
  // The window's shortcuts work once its first screen is there, as for a user.
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Ready to send?' });
  const row = dialog.getByRole('listitem').filter({ has: page.getByText('Question 6', { exact: true }) });
  await expect(row).toContainText('Position not chosen yet (agree/disagree or yes/no)');
  await expect(dialog).toContainText('1 with no position chosen');
  expect(await seriousViolations(page)).toEqual([]);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS_DIR}/readiness-no-position-default-light.png` });

  // Keyboard: Enter on the button lands on the question's position menu, ready to choose.
  await row.getByRole('button', { name: 'Choose a position (Question 6)' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const menu = page.locator(`select[data-question-id="${q6.id}"]`);
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAccessibleName('Our position');
  await expect(menu).toBeInViewport();
  await menu.selectOption('Agree');
  await screenshotEachSize(page, 'readiness-position-menu');
  await expect
    .poll(async () => (await workbench.project.readiness.check()).problems.some((p) => p.problem === 'no-position'))
    .toBe(false);
});
