import { test, expect } from './fixtures.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { caretSettled } from './pageHelpers.ts';

test('a draft saved before sections opens in sections, and opening it writes nothing to the project', async ({
  page,
  workbench,
}) => {
  // As saved by an earlier version: every block loose at the root, an answer written to the first question.
  const state = JSON.parse(initialDraftState(await workbench.project.consultation.getConsultation())) as {
    root: { children: Record<string, unknown>[] };
  };
  const first = state.root.children.findIndex(
    (n) => (n['$'] as Record<string, unknown> | undefined)?.[QUESTION_STATE_KEY] !== undefined,
  );
  state.root.children.splice(first + 1, 0, {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      {
        type: 'text',
        version: 1,
        text: 'Written before sections existed.',
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
      },
    ],
  });
  const saved = await workbench.project.drafts.save(JSON.stringify(state));
  const stored = await workbench.project.drafts.get();

  await page.goto(workbench.url);
  const section = page.locator('.editor-content > .draft-section', { hasText: 'Written before sections existed.' });
  await expect(section.locator('h3')).toHaveText(/^Question 1:/);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.waitForTimeout(1500); // longer than autosave's longest wait
  expect(await workbench.project.drafts.get()).toEqual({ content: stored.content, updatedAt: saved.updatedAt });
});

test("Backspace at the start of a question's heading keeps the heading and the answer above it as they were", async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.locator('.editor-content h3:has-text("Question 1:") ~ p').first().click();
  await page.keyboard.type('Our answer to question one.');
  const heading = page.locator('.editor-content h3', { hasText: 'Question 2:' });
  const wording = await heading.textContent();
  // Into the heading's first line (a long question wraps), then to its start.
  await heading.click({ position: { x: 4, y: 6 } });
  await page.keyboard.press('Home');
  await caretSettled(page);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('x');
  // The heading is not pulled into the answer above, and its wording is read-only: nothing typed lands in it.
  await expect(page.locator('.editor-content p', { hasText: 'Our answer to question one.' })).toHaveText(
    'Our answer to question one.',
  );
  await expect(page.locator('.editor-content h3', { hasText: 'Question 2:' })).toHaveText(wording!);
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('the arrow keys cross from one answer to the next question in one press, and typing lands there', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.locator('.editor-content h3:has-text("Question 2:") ~ p').first().click();
  await page.keyboard.type('Two');
  const answer = page.locator('.editor-content h3:has-text("Question 2:") ~ p').first();
  const next = page.locator('.editor-content h3', { hasText: 'What factors would enable' });
  const wording = await next.textContent();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('+'); // the heading is read-only: the caret is there, the wording stays
  await expect(next).toHaveText(wording!);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('!');
  await expect(answer).toHaveText('Two!');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('^');
  await expect(next).toHaveText(wording!);
  // Nothing typed went into a stray paragraph between the two sections.
  await expect(page.locator('.editor-content .draft-section', { hasText: 'Question 2:' }).locator('> *')).toHaveCount(
    2,
  );
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await workbench.project.drafts.get()).content).toContain('Two!');
});

test("Enter in a question's heading starts its answer, and the question's wording stays whole", async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const heading = page.locator('.editor-content h3', { hasText: 'Question 1:' });
  const wording = await heading.textContent();
  // A writer clicks the (wrapped) heading, presses End, which stops at the end of that visual line, and Enter.
  await heading.click();
  await page.keyboard.press('End');
  await caretSettled(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Our answer starts here.');
  await expect(heading).toHaveText(wording!);
  await expect(page.locator('.editor-content h3:has-text("Question 1:") + p')).toHaveText('Our answer starts here.');
  await expect(page.locator('.editor-content h3', { hasText: 'Question' })).toHaveCount(22);
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await workbench.project.drafts.get()).content).toContain('Our answer starts here.');
});
