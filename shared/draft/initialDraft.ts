import type { Consultation, Theme } from '../domain/theme.ts';
import { chapterLabel, questionLabel } from '../domain/theme.ts';
import { QUESTION_STATE_KEY } from './draftSchema.ts';

/** A question's heading text; an unverified one says plainly that it is only a topic label. */
export function questionHeadingText(q: Pick<Theme, 'number' | 'title' | 'verified'>): string {
  const label = `${questionLabel(q)}: ${q.title}`;
  return q.verified ? label : `${label} (topic label; official wording not verified)`;
}

function text(value: string) {
  return { type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' };
}

function heading(tag: 'h2' | 'h3', value: string, themeId?: number) {
  return {
    type: 'heading',
    version: 1,
    tag,
    direction: null,
    format: '',
    indent: 0,
    children: [text(value)],
    ...(themeId === undefined ? {} : { $: { [QUESTION_STATE_KEY]: themeId } }),
  };
}

function emptyParagraph() {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] };
}

/** A new response: one heading per chapter, and per question a heading followed by an empty answer. */
export function initialDraftState(consultation: Consultation): string {
  const children: unknown[] = [];
  for (const chapter of consultation.chapters) {
    if (chapter.questions.length === 0) continue;
    children.push(heading('h2', chapterLabel(chapter)));
    for (const q of chapter.questions) {
      children.push(heading('h3', questionHeadingText(q), q.id), emptyParagraph());
    }
  }
  if (children.length === 0) children.push(emptyParagraph());
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });
}
