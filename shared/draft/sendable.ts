import type { DocBlock } from './documentModel.ts';
import { UNVERIFIED_NOTE } from './initialDraft.ts';

/** What the response says of a question left unanswered: nothing (it is left out), or that there is no response. */
export type UnansweredChoice = 'omit' | 'mark';

export const NO_RESPONSE = 'No response to this question.';

/** A heading that opens another part of the response (a chapter, Other comments), so ends the part before it. */
function isPartHeading(block: DocBlock | undefined): boolean {
  return block?.kind === 'heading' && block.level <= 2;
}

/** A question with nothing under it before the next question or part; a sub-heading under it starts its answer. */
function isUnanswered(block: DocBlock, next: DocBlock | undefined): boolean {
  return block.kind === 'heading' && block.themeId !== undefined && (!next || (next.kind === 'heading' && next.level <= 3));
}

/**
 * The draft's blocks as a response fit to send: the writer's notes come off question headings, unanswered questions
 * are left out or marked as chosen, and a part with nothing left in it (About us, a chapter of skipped questions) goes.
 */
export function sendable(blocks: readonly DocBlock[], unanswered: UnansweredChoice): DocBlock[] {
  const questions: DocBlock[] = [];
  blocks.forEach((block, i) => {
    const unanswer = isUnanswered(block, blocks[i + 1]);
    if (unanswer && unanswered === 'omit') return;
    questions.push(block.kind === 'heading' && block.themeId !== undefined ? { ...block, text: withoutNote(block.text) } : block);
    if (unanswer) questions.push({ kind: 'paragraph', runs: [{ text: NO_RESPONSE, bold: false, italic: true, underline: false }] });
  });
  return questions.filter((block, i) => !(isPartHeading(block) && (i + 1 === questions.length || isPartHeading(questions[i + 1]))));
}

function withoutNote(text: string): string {
  return text.endsWith(UNVERIFIED_NOTE) ? text.slice(0, -UNVERIFIED_NOTE.length) : text;
}
