import { $getState, type LexicalNode } from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { FIXED_PARTS } from '../../../shared/draft/initialDraft.ts';
import { $questionIdOf } from './draftGrouping.ts';
import { chapterState } from './nodes/headingState.ts';

/**
 * A heading the response is given rather than written: a question's or a chapter's (the consultation's words) or a
 * fixed part's ("About us"). Its words are not the writer's to count, nor to change in the draft.
 */
export function $isConsultationHeading(node: LexicalNode, text = node.getTextContent()): boolean {
  if (!$isHeadingNode(node)) return false;
  if ($questionIdOf(node) !== null) return true;
  return node.getTag() === 'h2' && ($getState(node, chapterState) !== null || FIXED_PARTS.has(text.trim()));
}
