import {
  DRAFT_SECTION_TYPE,
  QUESTION_POSITION_TYPE,
  parseEditorState,
  type SerializedNode,
} from '../draft/draftSchema.ts';
import { headingQuestionId } from '../draft/documentModel.ts';
import type { MatchedSection } from './matchQuestions.ts';
import { toLexicalNode } from './lexicalNodes.ts';

export type Placement = {
  /** The draft with the answers in; unchanged when nothing could be placed. */
  content: string;
  placed: number[];
  /** Questions whose answer in the draft already has something written, left as they were. */
  conflicts: number[];
  /** Questions with no heading in the draft to put the answer under. */
  missing: number[];
};

function textOfNode(node: SerializedNode): string {
  return (node.text ?? '') + (node.children ?? []).map(textOfNode).join('');
}

/** Written in: anything but the position control and empty paragraphs. */
function isWritten(node: SerializedNode): boolean {
  if (node.type === QUESTION_POSITION_TYPE) return false;
  if (node.type === 'paragraph') return textOfNode(node).trim() !== '';
  if (node.type === 'list') return textOfNode(node).trim() !== '';
  return true;
}

function endsAnswer(node: SerializedNode): boolean {
  return node.type === 'heading' && (headingQuestionId(node) !== null || node.tag === 'h2');
}

/**
 * Puts each section's blocks under its question's heading in the saved draft. An answer with something written in it
 * is a conflict and is kept, unless `overwrite`; then its writing is replaced (a chosen agree/disagree position stays).
 * The draft is saved as loose blocks; the editor groups them into its sections again when it opens the draft.
 */
export function placeAnswers(content: string, sections: readonly MatchedSection[], overwrite: boolean): Placement {
  const state = parseEditorState(content) as { root: SerializedNode & { children: SerializedNode[] } };
  const blocks = state.root.children.flatMap((n) => (n.type === DRAFT_SECTION_TYPE ? (n.children ?? []) : [n]));
  const placed: number[] = [];
  const conflicts: number[] = [];
  const missing: number[] = [];
  for (const section of sections) {
    const at = blocks.findIndex((n) => n.type === 'heading' && headingQuestionId(n) === section.questionId);
    if (at < 0) {
      missing.push(section.questionId);
      continue;
    }
    let end = at + 1;
    while (end < blocks.length && !endsAnswer(blocks[end]!)) end++;
    const answer = blocks.slice(at + 1, end);
    if (answer.some(isWritten) && !overwrite) {
      conflicts.push(section.questionId);
      continue;
    }
    const kept = answer.filter((n) => n.type === QUESTION_POSITION_TYPE);
    const imported = section.blocks.map(toLexicalNode).filter((n) => n !== null) as SerializedNode[];
    blocks.splice(at + 1, answer.length, ...kept, ...imported);
    placed.push(section.questionId);
  }
  state.root.children = blocks;
  return { content: JSON.stringify(state), placed, conflicts, missing };
}
