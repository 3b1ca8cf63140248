import type { LexicalEditor } from 'lexical';
import type { DraftSection } from './draftSections.ts';
import type { DraftWordCounts } from './draftWordCounts.ts';
import { plural } from '../../../shared/text/plural.ts';
import { wholeNumber as number } from '../../../shared/text/wholeNumber.ts';

/**
 * What an answer's count says beside it: its words against its limit, how far over it is (in words, so it does not
 * rest on colour), and how many of the words are quotation, which a word limit usually counts too.
 */
export function answerCountLabel(words: number, quoted: number, limit: number | null): { text: string; over: boolean } {
  const over = limit !== null && words > limit;
  const count =
    limit === null
      ? `${number(words)} ${plural(words, 'word')}`
      : `${number(words)} of ${number(limit)} ${plural(limit, 'word')}`;
  const excess = over ? `: ${number(words - limit)} over the limit` : '';
  const quotation = quoted > 0 ? ` · ${number(quoted)} quoted` : '';
  return { text: `${count}${excess}${quotation}`, over };
}

/**
 * Writes each answer's count onto its section's element, where the stylesheet shows it under the answer. Called from
 * the word-count pass (when typing pauses), inside a read of the editor state; only changed labels touch the page.
 * Lexical watches its elements' children and text, not their attributes, so this does not disturb the editor.
 */
export function $showAnswerCounts(
  editor: LexicalEditor,
  sections: DraftSection[],
  counts: Pick<DraftWordCounts, 'sections' | 'quoted'>,
  limitOf: (questionId: number) => number | null,
): void {
  for (const section of sections) {
    const holder = section.heading.getParent();
    const element = holder ? editor.getElementByKey(holder.getKey()) : null;
    if (!element) continue;
    const words = counts.sections.get(section.questionId) ?? 0;
    const label = answerCountLabel(words, counts.quoted.get(section.questionId) ?? 0, limitOf(section.questionId));
    if (element.getAttribute('data-answer-count') !== label.text) element.setAttribute('data-answer-count', label.text);
    if (element.hasAttribute('data-over-limit') !== label.over) element.toggleAttribute('data-over-limit', label.over);
    if (element.hasAttribute('data-answer-empty') !== (words === 0))
      element.toggleAttribute('data-answer-empty', words === 0);
  }
}
