import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { caretSettled } from './pageHelpers.ts';

/** A response drafted in Word question by question, with a part that matches no question. */
async function wordDraft(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Question 1')] }),
          new Paragraph({
            children: [
              new TextRun('Families wait '),
              new TextRun({ text: 'far too long', bold: true }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Q3', bold: true })] }),
          new Paragraph('Local offers should be written with parents.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Question 40')] }),
          new Paragraph('An answer to a question this consultation does not have.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** More › Import a draft…, then the file in the picker it opens. */
async function importDraft(page: Page, name: string, buffer: Buffer, mimeType = DOCX): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Import a draft…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

function answerTo(page: Page, number: number) {
  return page
    .locator('.editor-content h3', { hasText: new RegExp(`^Question ${number}:`) })
    .locator('xpath=following-sibling::*[1]');
}

test('a Word draft laid out by questions comes into the draft at once, with a report, and Undo takes it out', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await importDraft(page, 'Our draft.docx', await wordDraft());

  const report = page.getByRole('dialog', { name: 'Imported “Our draft.docx”' });
  await expect(report.getByRole('list', { name: 'Answers filled in' })).toHaveText(
    ['Question 1', 'Question 3'].join(''),
  );
  // What matched nothing is shown whole, to copy into the draft by hand.
  const leftOut = report.getByRole('textbox', { name: '“Question 40” names no question in this consultation' });
  await expect(leftOut).toHaveValue('Question 40\n\nAn answer to a question this consultation does not have.');
  await report.getByRole('button', { name: 'Copy this text' }).click();
  await expect(report.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Question 40\n\nAn answer to a question this consultation does not have.',
  );
  await report.getByRole('button', { name: 'Close' }).click();

  // The answers are in the editor without a restart, and the question list counts their words.
  await expect(answerTo(page, 1)).toHaveText('Families wait far too long.');
  await expect(answerTo(page, 1).locator('strong, b, .editor-text-bold').first()).toHaveText('far too long');
  await expect(answerTo(page, 3)).toHaveText('Local offers should be written with parents.');
  await expect(page.getByRole('button', { name: /^Question 3\b/ }).locator('.word-count')).toContainText('7');
  expect((await workbench.project.drafts.get()).content).toContain('Local offers should be written with parents.');

  const notice = page.getByRole('status').filter({ hasText: 'Imported answers to 2 questions from “Our draft.docx”' });
  await expect(notice).toContainText('Undo puts the draft back as it was');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft is back as it was' })).toBeVisible();
  await expect(page.locator('.editor-content')).not.toContainText('Families wait');
  await expect(page.getByRole('button', { name: /^Question 3\b/ }).locator('.word-count')).toContainText(/^0\b/);
  expect((await workbench.project.drafts.get()).content).not.toContain('Families wait');
});

test('a Markdown draft comes in the same way', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const markdown =
    '# Our response\n\n## Q2\n\nPartnerships need **real** powers.\n\n1. Joint commissioning\n2. Shared data\n';
  await importDraft(page, 'draft.md', Buffer.from(markdown), 'text/markdown');
  const report = page.getByRole('dialog', { name: 'Imported “draft.md”' });
  await expect(report.getByRole('list', { name: 'Answers filled in' })).toHaveText('Question 2');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(answerTo(page, 2)).toHaveText('Partnerships need real powers.');
  await expect(answerTo(page, 2).locator('xpath=following-sibling::*[1]').getByRole('listitem')).toHaveText([
    'Joint commissioning',
    'Shared data',
  ]);
});

test('an answer already written is replaced only when the writer says so; Cancel changes nothing', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: /^Question 3\b/ }).click();
  await page.keyboard.press('F6');
  await expect(page.locator('.editor-content')).toBeFocused();
  await caretSettled(page);
  // Imported straight after typing: the words not yet autosaved are stored first, so nothing typed is lost.
  await page.keyboard.type('Our own answer.');
  await importDraft(page, 'Our draft.docx', await wordDraft());

  const confirm = page.getByRole('dialog', { name: 'Replace answers you have written?' });
  await expect(confirm.getByRole('list', { name: 'Answers that would be replaced' })).toHaveText('Question 3');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const before = await workbench.project.drafts.get();
  expect(before.content).toContain('Our own answer.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing was imported from “Our draft.docx”' }),
  ).toBeVisible();
  await expect(answerTo(page, 3)).toHaveText('Our own answer.');
  await expect(page.locator('.editor-content')).not.toContainText('Families wait');
  expect(await workbench.project.drafts.get()).toEqual(before);
  expect(await workbench.project.drafts.versions()).toEqual([]);

  await importDraft(page, 'Our draft.docx', await wordDraft());
  await confirm.getByRole('button', { name: 'Replace these answers' }).click();
  await page.getByRole('dialog', { name: 'Imported “Our draft.docx”' }).getByRole('button', { name: 'Close' }).click();
  await expect(answerTo(page, 3)).toHaveText('Local offers should be written with parents.');
  await expect(page.locator('.editor-content')).not.toContainText('Our own answer.');
  // The answer replaced is kept in the version made before the import.
  const [kept] = await workbench.project.drafts.versions();
  expect(kept!.name).toMatch(/^Before importing Our draft\.docx/);
});

test('a damaged file is refused with a message saying why, and changes nothing', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  const before = await workbench.project.drafts.get();
  await importDraft(page, 'Broken.docx', Buffer.from('PK not really a zip'));
  await expect(page.getByRole('alert')).toContainText(/damaged or is not a Word/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await workbench.project.drafts.get()).toEqual(before);
  expect(await workbench.project.drafts.versions()).toEqual([]);
});

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('by keyboard alone: More, Import a draft…, replace an answer, read the report, Undo', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  await tabTo(page, '.question-item');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('F6');
  await caretSettled(page);
  await page.keyboard.type('Our own answer.');

  await page.keyboard.press('F6');
  await tabTo(page, '[aria-label="More actions"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Import a draft…' })).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'Our draft.docx', mimeType: DOCX, buffer: await wordDraft() });

  const confirm = page.getByRole('dialog', { name: 'Replace answers you have written?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Replace these answers' })).toBeFocused();
  await page.keyboard.press('Enter');

  const report = page.getByRole('dialog', { name: 'Imported “Our draft.docx”' });
  await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(report).toBeHidden();
  await expect(answerTo(page, 3)).toHaveText('Local offers should be written with parents.');

  // The notice is the window's last stop: backwards from the header, where focus went back to.
  await tabTo(page, '.notice-action', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(answerTo(page, 3)).toHaveText('Our own answer.');
  await expect(page.locator('.editor-content')).not.toContainText('Families wait');
});

test('a file chosen in the desktop app’s File › Import a Draft… is imported the same way', async ({
  page,
  workbench,
}) => {
  // Main's side (its dialog and reading the file) is tested in test/main; here the page hears what main sends.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w['workbenchEvents'] = {
      onMenuCommand: () => () => {},
      onFlushRequest: () => () => {},
      onImportProgress: () => () => {},
      onDraftFileChosen: (listener: unknown) => {
        w['fromFileMenu'] = listener;
        return () => {};
      },
    };
  });
  await page.goto(workbench.url);
  await expect(page.getByText('0 of 22 questions have evidence')).toBeVisible();
  const send = (file: { fileName: string; bytes?: number[]; message?: string }) =>
    page.evaluate(({ fileName, bytes, message }) => {
      const listener = (window as unknown as { fromFileMenu: (file: unknown) => void }).fromFileMenu;
      listener(bytes ? { fileName, bytes: new Uint8Array(bytes) } : { fileName, message });
    }, file);

  await send({ fileName: 'Gone.docx', message: '"Gone.docx" was not imported: it is not there any more.' });
  await expect(page.getByRole('alert')).toHaveText('"Gone.docx" was not imported: it is not there any more.');

  await send({ fileName: 'Our draft.docx', bytes: [...(await wordDraft())] });
  const report = page.getByRole('dialog', { name: 'Imported “Our draft.docx”' });
  await expect(report.getByRole('list', { name: 'Answers filled in' })).toHaveText('Question 1Question 3');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(answerTo(page, 3)).toHaveText('Local offers should be written with parents.');
});

test('words typed while a draft is being imported cannot be saved over it: the editor waits till the import is in', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  // Hold the import's answer back, so there is time to type while it is on its way.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/importDraft', async (route) => {
    await answered;
    await route.continue();
  });
  await importDraft(page, 'Our draft.docx', await wordDraft());
  const editor = page.getByRole('textbox', { name: 'Response draft' });
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await answerTo(page, 2).click({ force: true });
  await page.keyboard.type('Typed during the import.');
  answer();

  await page.getByRole('dialog', { name: 'Imported “Our draft.docx”' }).getByRole('button', { name: 'Close' }).click();
  await expect(answerTo(page, 1)).toHaveText('Families wait far too long.');
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await expect(editor).not.toContainText('Typed during the import.');
  // And what is stored is the imported draft, not an editor's late save.
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(answerTo(page, 1)).toHaveText('Families wait far too long.');
});
