import { test, expect } from './fixtures.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { docxPart } from '../services/docxPart.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { screenshotEachSize } from './pageHelpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});
const list = (...items: string[]) => ({
  type: 'list',
  version: 1,
  listType: 'bullet',
  tag: 'ul',
  children: items.map((t, i) => ({ type: 'listitem', version: 1, value: i + 1, children: [paragraph(t).children[0]] })),
});

/** Answers questions 1 and 2 in the saved draft (as typing would), and gives question 2 a short version. */
async function answer(project: ProjectServices) {
  const questions = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  const [q1, q2] = questions;
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: { $?: Record<string, unknown> }[] };
  };
  const put = (id: number, ...nodes: object[]) =>
    state.root.children.splice(state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === id) + 1, 0, ...nodes);
  put(
    q1!.id,
    paragraph('In our survey, 38 per cent of families waited more than 20 weeks.'),
    list('Fund key workers', 'Publish waiting times'),
  );
  put(q2!.id, paragraph('The full answer to question two, written for the Word response at length.'));
  await project.drafts.save(JSON.stringify(state));
  await project.formSettings.setShortVersion(q2!.id, 'Short answer for the form.');
}

test('the form view lists every answer ready to paste, copies it to the clipboard and marks it copied', async ({
  page,
  workbench,
}) => {
  await answer(workbench.project);
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Online form…' }).click();
  const dialog = page.getByRole('dialog', { name: 'The online form, question by question' });
  const first = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 1 / }) });
  await expect(first.getByRole('textbox', { name: 'Text for Question 1' })).toHaveValue(
    'In our survey, 38 per cent of families waited more than 20 weeks.\n\n- Fund key workers\n- Publish waiting times',
  );
  await expect(first).toContainText('21 of 250 words · 109 characters');
  await expect(first).toContainText('Evidence: figures');

  // Keyboard: the copy button is reached and pressed without the mouse.
  await first.getByRole('button', { name: 'Copy the answer to Question 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(first.getByText('✓ Copied')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Copied the answer to Question 1.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'In our survey, 38 per cent of families waited more than 20 weeks.\n\n- Fund key workers\n- Publish waiting times',
  );

  // The short version is what the form gets for question 2; the Word response keeps the full answer.
  const second = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 2 / }) });
  await expect(second).toContainText('short version');
  await second.getByRole('button', { name: 'Copy the answer to Question 2' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Short answer for the form.');
  await expect(first.getByText('✓ Copied')).toBeVisible();
  const word = docxPart((await workbench.project.export.buildDocx()).bytes, 'word/document.xml')!;
  expect(word).toContain('The full answer to question two');
  expect(word).not.toContain('Short answer for the form');

  // Not answering a question: it has nothing to copy, and the readiness check says it was skipped.
  const third = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 3 / }) });
  await third.getByRole('checkbox', { name: 'Not answering this question' }).check();
  await expect(third.getByRole('heading')).toContainText('Not answering');
  await expect(third.getByRole('button', { name: 'Copy the answer to Question 3' })).toBeDisabled();
  const problems = (await workbench.project.readiness.check()).problems.filter((p) => p.question === '3');
  expect(problems).toEqual([{ question: '3', problem: 'skipped', questionId: expect.any(Number) }]);
});

test('a short version is started from the full answer, autosaved, used by the form and not by the Word file', async ({
  page,
  workbench,
}) => {
  await answer(workbench.project);
  const [q1] = (await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Online form…' }).click();
  const dialog = page.getByRole('dialog', { name: 'The online form, question by question' });
  const first = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 1 / }) });
  await first.getByText('Short version for the form').click();
  await first.getByRole('button', { name: 'Start a short version from the full answer' }).click();
  const short = first.getByRole('textbox', { name: 'Short version of the answer to Question 1' });
  await expect(short).toBeFocused();
  await expect(short).toHaveValue(
    'In our survey, 38 per cent of families waited more than 20 weeks.\n\n- Fund key workers\n- Publish waiting times',
  );
  await short.fill('38 per cent of families waited more than 20 weeks.');
  await expect(first).toContainText('10 of 250 words · 50 characters · Saved');
  await expect(first.getByRole('textbox', { name: 'Text for Question 1' })).toHaveValue(
    '38 per cent of families waited more than 20 weeks.',
  );
  expect((await workbench.project.formSettings.get(q1!.id)).shortText).toBe(
    '38 per cent of families waited more than 20 weeks.',
  );
  const word = docxPart((await workbench.project.export.buildDocx()).bytes, 'word/document.xml')!;
  expect(word).toContain('Fund key workers');

  // Back to the full answer, and undone.
  await first.getByRole('button', { name: 'Use the full answer instead' }).click();
  const undo = first.getByRole('button', { name: 'Undo removing the short version' });
  await expect(undo).toBeFocused();
  await expect(first.getByRole('textbox', { name: 'Text for Question 1' })).toHaveValue(/Fund key workers/);
  await undo.click();
  await expect(short).toHaveValue('38 per cent of families waited more than 20 weeks.');
  await expect(first).toContainText('Saved');
  expect((await workbench.project.formSettings.get(q1!.id)).shortText).toBe(
    '38 per cent of families waited more than 20 weeks.',
  );
});

test('each box in the form view shows its question’s wording, so it can be matched to the form', async ({
  page,
  workbench,
}) => {
  await answer(workbench.project);
  const questions = (await workbench.project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  const sixth = questions.find((q) => q.number === 6)!;
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Online form…' }).click();
  const dialog = page.getByRole('dialog', { name: 'The online form, question by question' });
  const first = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 1 / }) });
  // The wording describes the box to a screen reader too; the text to copy is unchanged by it.
  await expect(first.getByRole('textbox', { name: 'Text for Question 1' })).toHaveAccessibleDescription(
    questions[0]!.verified ? questions[0]!.title : `Topic: ${questions[0]!.title}`,
  );
  await expect(first.getByRole('textbox', { name: 'Text for Question 1' })).toHaveValue(
    'In our survey, 38 per cent of families waited more than 20 weeks.\n\n- Fund key workers\n- Publish waiting times',
  );
  const item = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 6 / }) });
  await expect(item.locator('.form-view-wording')).toHaveText(sixth.verified ? sixth.title : `Topic: ${sixth.title}`);
  // Long wording wraps inside the dialog instead of running off its side.
  const box = await item.locator('.form-view-wording').boundingBox();
  const frame = await dialog.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width);

  await item.scrollIntoViewIfNeeded();
  await screenshotEachSize(page, 'form-view-wording');
});
