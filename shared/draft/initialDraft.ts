import type { Consultation, ConsultationItem } from '../domain/consultation.ts';
import { chapterLabel, questionLabel } from '../domain/consultationLabels.ts';
import { CHAPTER_STATE_KEY, QUESTION_POSITION_TYPE, QUESTION_STATE_KEY } from './draftSchema.ts';

/** Said after an unverified question in the draft, for the writer only: it never goes into the exported response. */
export const UNVERIFIED_NOTE = ' (topic label; official wording not verified)';

/** A question's heading as the reader of the response sees it: its number and wording, no notes. */
export function questionTitleText(q: Pick<ConsultationItem, 'number' | 'title'>): string {
  return `${questionLabel(q)}: ${q.title}`;
}

/** A question's heading text in the draft; an unverified one says plainly that it is only a topic label. */
export function questionHeadingText(q: Pick<ConsultationItem, 'number' | 'title' | 'verified'>): string {
  return q.verified ? questionTitleText(q) : `${questionTitleText(q)}${UNVERIFIED_NOTE}`;
}

function text(value: string) {
  return { type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' };
}

function heading(tag: 'h2' | 'h3', value: string, state?: Record<string, number>) {
  return {
    type: 'heading',
    version: 1,
    tag,
    direction: null,
    format: '',
    indent: 0,
    children: [text(value)],
    ...(state ? { $: state } : {}),
  };
}

function positionControl(q: Pick<ConsultationItem, 'id' | 'answerType'>) {
  return { type: QUESTION_POSITION_TYPE, version: 1, themeId: q.id, answerType: q.answerType, value: null };
}

function numberedList() {
  return {
    type: 'list',
    version: 1,
    listType: 'number',
    start: 1,
    tag: 'ol',
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'listitem',
        version: 1,
        value: 1,
        checked: undefined,
        direction: null,
        format: '',
        indent: 0,
        children: [],
      },
    ],
  };
}

function emptyParagraph() {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [],
  };
}

/** Sections every response has around the questions. */
export const ABOUT_US = 'About us';
export const SUMMARY = 'Summary of key points';
export const OTHER_COMMENTS = 'Other comments';
export const RECOMMENDATIONS = 'Recommendations';
/** Supporting material; left out of the export while it is empty. */
export const ANNEXES = 'Annexes';
/** The headings of the response's own parts around the questions, which the app writes and the writer does not. */
export const FIXED_PARTS: ReadonlySet<string> = new Set([ABOUT_US, SUMMARY, OTHER_COMMENTS, RECOMMENDATIONS, ANNEXES]);

/**
 * A new response: "About us" and a summary, then one heading per chapter and per question (with a position
 * control where the question asks for one, and an empty answer), then other comments, numbered recommendations and annexes.
 */
export function initialDraftState(consultation: Consultation): string {
  const children: unknown[] = [heading('h2', ABOUT_US), emptyParagraph(), heading('h2', SUMMARY), emptyParagraph()];
  for (const chapter of consultation.chapters) {
    if (chapter.questions.length === 0) continue;
    children.push(heading('h2', chapterLabel(chapter), { [CHAPTER_STATE_KEY]: chapter.id }));
    for (const q of chapter.questions) {
      children.push(heading('h3', questionHeadingText(q), { [QUESTION_STATE_KEY]: q.id }));
      if (q.answerType !== 'open') children.push(positionControl(q));
      children.push(emptyParagraph());
    }
  }
  children.push(
    heading('h2', OTHER_COMMENTS),
    emptyParagraph(),
    heading('h2', RECOMMENDATIONS),
    numberedList(),
    heading('h2', ANNEXES),
    emptyParagraph(),
  );
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });
}
