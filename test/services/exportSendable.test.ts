import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/workbench.ts';
import {
  ABOUT_US,
  OTHER_COMMENTS,
  RECOMMENDATIONS,
  SUMMARY,
  UNVERIFIED_NOTE,
  initialDraftState,
} from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { NO_RESPONSE } from '../../shared/draft/sendable.ts';
import { docxPart, styledParagraphs } from './docxPart.ts';
import { allQuestions, cleanUp, openSample, tempDir } from './helpers.ts';

afterEach(cleanUp);

type Node = { type: string; $?: Record<string, unknown>; [key: string]: unknown };

const paragraph = (value: string): Node => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' }],
});

/** A sample project whose draft answers one verified and one unverified question, and nothing else. */
async function partlyAnswered() {
  const { project } = await openSample();
  const questions = await allQuestions(project);
  const answered = [questions.find((q) => q.verified)!, questions.find((q) => !q.verified)!];
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: Node[] };
  };
  for (const q of answered) {
    const at = state.root.children.findIndex((n) => n.$?.[QUESTION_STATE_KEY] === q.id);
    state.root.children.splice(at + 1, 0, paragraph(`Our answer to question ${q.number}.`));
  }
  await project.drafts.save(JSON.stringify(state));
  const read = async (unanswered?: 'omit' | 'mark') =>
    styledParagraphs(
      docxPart((await project.export.buildDocx(unanswered ? { unanswered } : {})).bytes, 'word/document.xml')!,
    );
  return { questions, answered, read };
}

describe('a partly answered response exported to Word', () => {
  it('has no internal notes on question wording', async () => {
    const { read } = await partlyAnswered();
    for (const unanswered of ['omit', 'mark'] as const) {
      const text = (await read(unanswered)).map((p) => p.text).join('\n');
      expect(text).not.toContain(UNVERIFIED_NOTE.trim());
      expect(text).not.toMatch(/topic label|not verified/i);
    }
  });

  it('leaves out optional parts with nothing written in them', async () => {
    const { read } = await partlyAnswered();
    const headings = (await read()).filter((p) => p.style === 'Heading2').map((p) => p.text);
    for (const part of [ABOUT_US, SUMMARY, OTHER_COMMENTS, RECOMMENDATIONS]) expect(headings).not.toContain(part);
  });

  it('leaves unanswered questions out by default, and out of their chapters', async () => {
    const { answered, read } = await partlyAnswered();
    const paragraphs = await read();
    const questionHeadings = paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(questionHeadings).toEqual(answered.map((q) => `Question ${q.number}: ${q.title}`));
    expect(paragraphs.map((p) => p.text)).not.toContain(NO_RESPONSE);
    // Only the chapters holding an answered question are left.
    expect(paragraphs.filter((p) => p.style === 'Heading2').length).toBeLessThanOrEqual(answered.length);
  });

  it('marks each unanswered question when asked to', async () => {
    const { questions, answered, read } = await partlyAnswered();
    const paragraphs = await read('mark');
    expect(paragraphs.filter((p) => p.style === 'Heading3')).toHaveLength(questions.length);
    expect(paragraphs.filter((p) => p.text === NO_RESPONSE)).toHaveLength(questions.length - answered.length);
    expect(paragraphs.map((p) => p.text)).not.toContain('No answer given.');
  });
});

describe('workbench export --unanswered', () => {
  const cli = (...argv: string[]) => main(argv, { out: () => {}, err: () => {} });

  it('leaves unanswered questions out by default, marks them with mark, and refuses anything else', async () => {
    const { path, project } = await openSample();
    const count = (await allQuestions(project)).length;
    project.close();
    const noResponses = async (...options: string[]) => {
      const out = join(tempDir(), 'response.docx');
      expect(await cli('export', path, out, ...options)).toBe(0);
      return styledParagraphs(docxPart(new Uint8Array(readFileSync(out)), 'word/document.xml')!).filter(
        (p) => p.text === NO_RESPONSE,
      ).length;
    };
    expect(await noResponses()).toBe(0);
    expect(await noResponses('--unanswered', 'omit')).toBe(0);
    expect(await noResponses('--unanswered', 'mark')).toBe(count);
    expect(await cli('export', path, join(tempDir(), 'x.docx'), '--unanswered', 'hide')).toBe(2);
  });
});
