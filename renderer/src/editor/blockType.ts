import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalNode,
} from 'lexical';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $questionIdOf } from './draftGrouping.ts';

/** What the writer can switch a block between: body text, or a sub-heading of their own. */
export type BlockType = 'paragraph' | 'subheading';

/**
 * One level below a question's h3 and without a question marker, so the draft's sections (which end only at a
 * question heading or an h2) keep it inside the answer, and the export makes it a Heading 4.
 */
const SUBHEADING_TAG = 'h4';

/** A top-level block's type, or null for blocks the control must not touch: parts' and questions' headings, lists, quotations. */
export function $blockTypeOf(node: LexicalNode): BlockType | null {
  if ($isParagraphNode(node)) return 'paragraph';
  if ($isHeadingNode(node) && $questionIdOf(node) === null && node.getTag() !== 'h2') return 'subheading';
  return null;
}

/** The type of the block holding the caret; null where the control does not apply. */
export function $currentBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const block = selection.anchor.getNode().getTopLevelElement();
  return block ? $blockTypeOf(block) : null;
}

/** Makes every selected paragraph or sub-heading the given type, keeping its words; other blocks stay as they are. */
export function $setBlockType(type: BlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const blocks = new Map<string, LexicalNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = node.getTopLevelElement();
    if (block) blocks.set(block.getKey(), block);
  }
  for (const block of blocks.values()) {
    const current = $blockTypeOf(block);
    if (current === null || !$isElementNode(block)) continue;
    if (type === 'paragraph' && current === 'paragraph') continue;
    if (type === 'subheading' && $isHeadingNode(block) && block.getTag() === SUBHEADING_TAG) continue;
    // replace() carries the words across and moves a caret that sat on the old block onto the new one.
    block.replace(type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(SUBHEADING_TAG), true);
  }
}
