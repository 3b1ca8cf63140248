import type { NodeKey } from 'lexical';
import { countWords } from '../../../shared/draft/wordCount.ts';
import type { DraftSection } from './draftSections.ts';
import { $topBlocks } from './draftGrouping.ts';

/** Each top-level block's words, with the text they were counted from. */
export type BlockWordCounts = Map<NodeKey, { text: string; words: number }>;

export type DraftWordCounts = {
  /** Words in each question's answer, quotations included. */
  sections: Map<number, number>;
  /** Words in the whole draft: every block's words, headings and fixed parts included. */
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
    total += words;
  }
  const wordsIn = (key: NodeKey) => blocks.get(key)?.words ?? 0;
  return {
    sections: new Map(sections.map((s) => [s.themeId, s.body.reduce((n, node) => n + wordsIn(node.getKey()), 0)])),
    total,
    blocks,
  };
}
