import { answersByQuestion, isEmptyPart, type DocBlock } from './documentModel.ts';
import { UNVERIFIED_NOTE } from './initialDraft.ts';

/** What the response says of a question left unanswered: nothing (it is left out), or that there is no response. */
export type UnansweredChoice = 'omit' | 'mark';

export const NO_RESPONSE = 'No response to this question.';

function withoutNote(text: string): string {
  return text.endsWith(UNVERIFIED_NOTE) ? text.slice(0, -UNVERIFIED_NOTE.length) : text;
}

/**
 * The draft's blocks as a response fit to send: the writer's notes come off question headings, unanswered questions
 * are left out or marked as chosen, and a part with nothing left in it (About us, a chapter of skipped questions) goes.
 */
export function sendable(blocks: readonly DocBlock[], unanswered: UnansweredChoice): DocBlock[] {
  const answers = answersByQuestion(blocks);
  const kept: DocBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.themeId === undefined) {
      kept.push(block);
      continue;
    }
    const answered = (answers.get(block.themeId)?.length ?? 0) > 0;
    if (!answered && unanswered === 'omit') continue;
    kept.push({ ...block, text: withoutNote(block.text) });
    if (!answered)
      kept.push({ kind: 'paragraph', runs: [{ text: NO_RESPONSE, bold: false, italic: true, underline: false }] });
  }
  return kept.filter((_, i) => !isEmptyPart(kept, i));
}
