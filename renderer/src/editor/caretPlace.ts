import { $isElementNode, $isRangeSelection, $isTextNode, $getSelection, type LexicalNode } from 'lexical';
import { $topBlocks } from './draftGrouping.ts';

/** A caret as it can be kept between sessions (node keys are not): which top-level block, how far into its text. */
export type CaretPlace = { block: number; offset: number };

export function $caretPlace(): CaretPlace | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getTopLevelElement() ?? anchor;
  const blocks = $topBlocks();
  const block = blocks.findIndex((b) => b.is(top) || ($isElementNode(b) && b.isParentOf(top)));
  if (block < 0) return null;
  let offset = 0;
  for (const text of textNodesOf(blocks[block]!)) {
    if (text.is(anchor)) return { block, offset: offset + selection.anchor.offset };
    offset += text.getTextContentSize();
  }
  return { block, offset };
}

/** Puts the caret back at a kept place, as near as the draft now allows; false if there is no such block. */
export function $restoreCaret(place: CaretPlace): boolean {
  const block = $topBlocks()[place.block];
  if (!block || !$isElementNode(block)) return false;
  let left = place.offset;
  for (const text of textNodesOf(block)) {
    if (left <= text.getTextContentSize()) {
      text.select(left, left);
      return true;
    }
    left -= text.getTextContentSize();
  }
  block.selectEnd();
  return true;
}

function textNodesOf(node: LexicalNode) {
  if ($isTextNode(node)) return [node];
  return $isElementNode(node) ? node.getAllTextNodes() : [];
}
