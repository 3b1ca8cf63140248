import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { ANNEXES } from '../../../shared/draft/initialDraft.ts';
import { $topBlocks } from './draftGrouping.ts';

export function $isAnnexesHeading(node: LexicalNode): boolean {
  return $isHeadingNode(node) && node.getTag() === 'h2' && node.getTextContent().trim() === ANNEXES;
}

export function $hasAnnexes(): boolean {
  return $topBlocks().some($isAnnexesHeading);
}

/** Drafts begun before responses had an Annexes part get one at the end, with an empty paragraph to write in. */
export function $ensureAnnexes(): void {
  if ($hasAnnexes()) return;
  $getRoot().append($createHeadingNode('h2').append($createTextNode(ANNEXES)), $createParagraphNode());
}
