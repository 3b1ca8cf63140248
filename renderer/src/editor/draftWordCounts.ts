import type { LexicalNode, NodeKey } from 'lexical';
import { countWords } from '../../../shared/draft/wordCount.ts';
import type { DraftSection } from './draftSections.ts';
import { $isConsultationHeading } from './consultationHeadings.ts';
import { $topBlocks } from './draftGrouping.ts';
import { $isQuestionPositionNode } from './nodes/QuestionPositionNode.tsx';
import { $isSourceQuoteNode } from './nodes/SourceQuoteNode.tsx';

/** Text the response is given rather than written: an empty draft has 0 words of the writer's, not 637. */
function $isConsultationWording(node: LexicalNode, text: string): boolean {
  return $isQuestionPositionNode(node) || $isConsultationHeading(node, text);
}

/** Each top-level block's words, with the text they were counted from. */
export type BlockWordCounts = Map<NodeKey, { text: string; words: number }>;

export type DraftWordCounts = {
  /** Words in each question's answer, quotations included. */
  sections: Map<number, number>;
  /** How many of each answer's words are in quotations. */
  quoted: Map<number, number>;
  /** Words the writer wrote in the whole draft: the consultation's own headings (questions, chapters, fixed parts) left out. */
  total: number;
  /** Pass back in next time. */
  blocks: BlockWordCounts;
};

/**
 * Counts the draft block by block. A block whose text is what it was in `previous` keeps its count, so after a
 * keystroke only the edited block is counted again, not the whole of a 100-page response. Comparing texts, rather
 * than trusting which nodes an update marked dirty, keeps this right after undo and restored versions too.
 */
export function $draftWordCounts(sections: DraftSection[], previous: BlockWordCounts): DraftWordCounts {
  const blocks: BlockWordCounts = new Map();
  let total = 0;
  for (const node of $topBlocks()) {
    const key = node.getKey();
    const text = node.getTextContent();
    const known = previous.get(key);
    const words = known?.text === text ? known.words : countWords(text);
    blocks.set(key, { text, words });
    if (!$isConsultationWording(node, text)) total += words;
  }
  const wordsIn = (nodes: LexicalNode[]) => nodes.reduce((n, node) => n + (blocks.get(node.getKey())?.words ?? 0), 0);
  return {
    sections: new Map(sections.map((s) => [s.questionId, wordsIn(s.body)])),
    quoted: new Map(sections.map((s) => [s.questionId, wordsIn(s.body.filter($isSourceQuoteNode))])),
    total,
    blocks,
  };
}
