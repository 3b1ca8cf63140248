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
 * A question the writer chose not to answer counts as unanswered, whatever notes are under it.
 */
export function sendable(
  blocks: readonly DocBlock[],
  unanswered: UnansweredChoice,
  skipped: ReadonlySet<number> = new Set(),
): DocBlock[] {
  const answers = answersByQuestion(blocks);
  const kept: DocBlock[] = [];
  let skipping = false;
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.questionId === undefined) {
      if (block.kind === 'heading' && block.level <= 3) skipping = false;
      if (!skipping) kept.push(block);
      continue;
    }
    skipping = skipped.has(block.questionId);
    const answered = !skipping && (answers.get(block.questionId)?.length ?? 0) > 0;
    if (!answered && unanswered === 'omit') continue;
    kept.push({ ...block, text: withoutNote(block.text) });
    if (!answered)
      kept.push({ kind: 'paragraph', runs: [{ text: NO_RESPONSE, bold: false, italic: true, underline: false }] });
  }
  return kept.filter((_, i) => !isEmptyPart(kept, i));
}
