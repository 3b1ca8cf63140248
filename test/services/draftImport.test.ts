import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/workbench.ts';
import { draftToDocument, answersByQuestion, type DocBlock } from '../../shared/draft/documentModel.ts';
import { MAX_DRAFT_FILE_BYTES } from '../../shared/ipc/limits.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { paragraph, saveAnswers } from './answerDraft.ts';
import { cleanUp, openSample, questionNumbered, tempDir } from './helpers.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';

afterEach(cleanUp);

/** A draft as an organisation lays one out in Word: a title, then each question's heading and its answer. */
async function wordDraft(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Our response to the Green Paper')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Question 1')] }),
          new Paragraph({
            children: [
              new TextRun('Families wait '),
              new TextRun({ text: 'far too long', bold: true }),
              new TextRun(' for '),
              new TextRun({ text: 'assessments', italics: true }),
              new TextRun('; see '),
              new ExternalHyperlink({ link: 'https://example.org/survey', children: [new TextRun('our survey')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Fund key workers', bullet: { level: 0 } }),
          new Paragraph({ text: 'Publish waiting times', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: 'Q3', bold: true })] }),
          new Paragraph('“Every school is a school for pupils with SEND,” the minister said.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Question 40')] }),
          new Paragraph('An answer to a question this consultation does not have.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const MARKDOWN = `# Our response\n\n## Q2\n\nPartnerships need **real** powers.\n\n1. Joint commissioning\n2. Shared data\n`;

async function answers(project: ProjectServices): Promise<Map<number, DocBlock[]>> {
  return answersByQuestion(draftToDocument((await project.drafts.get()).content!, '', null).blocks);
}

const run = (text: string, more: Record<string, unknown> = {}) => ({
  text,
  bold: false,
  italic: false,
  underline: false,
  ...more,
});

describe('importing a Word draft laid out by questions', () => {
  it('puts each answer under its question with its formatting, and reports what did not match', async () => {
    const { project } = await openSample();
    const [q1, q3] = [await questionNumbered(project, 1), await questionNumbered(project, 3)];
    const report = await project.draftImport.importDraft(
      { fileName: 'draft.docx', bytes: await wordDraft() },
      { overwrite: false },
    );
    expect(report).toMatchObject({ imported: true, matched: ['Question 1', 'Question 3'], conflicts: [] });
    expect(report.unmatched).toEqual([
      {
        summary: '1 paragraph before the first question, starting “Our response to the Green Paper”',
        text: 'Our response to the Green Paper',
      },
      {
        summary: '“Question 40” names no question in this consultation',
        text: 'Question 40\n\nAn answer to a question this consultation does not have.',
      },
    ]);
    const byQuestion = await answers(project);
    expect(byQuestion.get(q1.id)).toEqual([
      {
        kind: 'paragraph',
        runs: [
          run('Families wait '),
          run('far too long', { bold: true }),
          run(' for '),
          run('assessments', { italic: true }),
          run('; see '),
          run('our survey', { link: 'https://example.org/survey' }),
          run('.'),
        ],
      },
      { kind: 'list', ordered: false, items: [[run('Fund key workers')], [run('Publish waiting times')]] },
    ]);
    // A quotation in the file is the writer's text, not a verified quote.
    expect(byQuestion.get(q3.id)).toEqual([
      { kind: 'paragraph', runs: [run('“Every school is a school for pupils with SEND,” the minister said.')] },
    ]);
  });

  it('keeps the draft before as a version, so going back undoes the import', async () => {
    const { project } = await openSample();
    // A project never saved has the new-response draft; that is what the import is undone to.
    const before =
      (await project.drafts.get()).content ?? initialDraftState(await project.consultation.getConsultation());
    const report = await project.draftImport.importDraft(
      { fileName: 'draft.docx', bytes: await wordDraft() },
      { overwrite: false },
    );
    expect(report.keptAs?.name).toMatch(/^Before importing draft\.docx/);
    expect(report.content).toBe((await project.drafts.get()).content);
    await project.drafts.restoreVersion(report.keptAs!.id);
    expect((await project.drafts.get()).content).toBe(before);
  });
});

describe('importing a Markdown draft', () => {
  it('brings in bold and a numbered list', async () => {
    const { project } = await openSample();
    const q2 = await questionNumbered(project, 2);
    const report = await project.draftImport.importDraft(
      { fileName: 'draft.md', bytes: new TextEncoder().encode(MARKDOWN) },
      { overwrite: false },
    );
    expect(report.matched).toEqual(['Question 2']);
    expect((await answers(project)).get(q2.id)).toEqual([
      { kind: 'paragraph', runs: [run('Partnerships need '), run('real', { bold: true }), run(' powers.')] },
      { kind: 'list', ordered: true, items: [[run('Joint commissioning')], [run('Shared data')]] },
    ]);
  });
});

describe('an answer already written in the draft', () => {
  it('is a conflict that stops the whole import, changing nothing', async () => {
    const { project } = await openSample();
    const q3 = await questionNumbered(project, 3);
    await saveAnswers(project, new Map([[q3.id, [paragraph('Our own answer.')]]]));
    const before = await project.drafts.get();
    const versions = await project.drafts.versions();
    const report = await project.draftImport.importDraft(
      { fileName: 'draft.docx', bytes: await wordDraft() },
      { overwrite: false },
    );
    expect(report).toMatchObject({ imported: false, conflicts: ['Question 3'], matched: ['Question 1'] });
    expect(await project.drafts.get()).toEqual(before);
    expect(await project.drafts.versions()).toEqual(versions);
  });

  it('is replaced when overwriting', async () => {
    const { project } = await openSample();
    const q3 = await questionNumbered(project, 3);
    await saveAnswers(project, new Map([[q3.id, [paragraph('Our own answer.')]]]));
    const report = await project.draftImport.importDraft(
      { fileName: 'draft.docx', bytes: await wordDraft() },
      { overwrite: true },
    );
    expect(report).toMatchObject({ imported: true, conflicts: [] });
    expect(JSON.stringify((await answers(project)).get(q3.id))).not.toContain('Our own answer');
  });
});

describe('an answer to a question the draft has no section for', () => {
  it('is reported with its text to copy, and nothing is imported when nothing else matched', async () => {
    const { project } = await openSample();
    const q2 = await questionNumbered(project, 2);
    const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
      root: { children: { $?: Record<string, unknown>; children?: { $?: Record<string, unknown> }[] }[] };
    };
    // The draft's section for question 2 has gone (as when it was removed from the draft by hand).
    const isQ2 = (n: { $?: Record<string, unknown> }) => n.$?.['themeId'] === q2.id;
    state.root.children = state.root.children
      .filter((n) => !isQ2(n))
      .map((n) => (n.children ? { ...n, children: n.children.filter((c) => !isQ2(c)) } : n));
    await project.drafts.save(JSON.stringify(state));
    const before = await project.drafts.get();
    const report = await project.draftImport.importDraft(
      { fileName: 'draft.md', bytes: new TextEncoder().encode(MARKDOWN) },
      { overwrite: false },
    );
    expect(report).toMatchObject({ imported: false, matched: [], keptAs: null, content: null });
    expect(report.unmatched).toEqual([
      { summary: '1 paragraph before the first question, starting “Our response”', text: 'Our response' },
      {
        summary: 'Question 2 has no heading in the draft',
        text: 'Partnerships need real powers.\n\n1. Joint commissioning\n2. Shared data',
      },
    ]);
    expect(await project.drafts.get()).toEqual(before);
  });
});

describe('a draft that cannot be imported', () => {
  const refused = async (fileName: string, bytes: Uint8Array, message: RegExp) => {
    const { project } = await openSample();
    const before = await project.drafts.get();
    await expect(project.draftImport.importDraft({ fileName, bytes }, { overwrite: false })).rejects.toThrow(message);
    expect(await project.drafts.get()).toEqual(before);
    expect(await project.drafts.versions()).toEqual([]);
  };

  it('is refused when damaged', () =>
    refused('draft.docx', new TextEncoder().encode('PK not really a zip'), /damaged or is not a Word/));

  it('is refused when password-protected', () =>
    refused(
      'draft.docx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      /password-protected/,
    ));

  it('is refused when not laid out by questions', () =>
    refused(
      'letter.md',
      new TextEncoder().encode('Dear Minister,\n\nWe write about SEND.\n'),
      /not laid out by questions/,
    ));

  it('is refused when larger than the draft limit', () =>
    refused('big.md', new Uint8Array(MAX_DRAFT_FILE_BYTES + 1).fill(0x61), /larger than 25 MB/));

  it('is refused when it is neither Word nor Markdown', () =>
    refused('draft.pdf', new TextEncoder().encode('%PDF-1.7'), /Word \(\.docx\) or Markdown/));
});

describe('workbench answers import', () => {
  it('reports matched, unmatched and conflicts, and exits 1 when nothing was imported', async () => {
    const { project, path } = await openSample();
    const q3 = await questionNumbered(project, 3);
    await saveAnswers(project, new Map([[q3.id, [paragraph('Our own answer.')]]]));
    project.close();
    const file = join(tempDir(), 'draft.docx');
    writeFileSync(file, await wordDraft());
    const out: string[] = [];
    const run1 = await main(['answers', 'import', path, file], { out: (s) => out.push(s), err: () => {} });
    expect(run1).toBe(1);
    expect(out).toContain('conflict\tQuestion 3\talready has an answer (use --overwrite to replace it)');
    expect(out.at(-1)).toBe('Nothing was imported; the draft is unchanged.');
    out.length = 0;
    const run2 = await main(['answers', 'import', path, file, '--overwrite'], {
      out: (s) => out.push(s),
      err: () => {},
    });
    expect(run2).toBe(0);
    expect(out.slice(0, 2)).toEqual(['imported\tQuestion 1', 'imported\tQuestion 3']);
    expect(out).toContain('unmatched\t“Question 40” names no question in this consultation');
  });
});
