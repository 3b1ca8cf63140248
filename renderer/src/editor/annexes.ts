import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { ANNEXES } from '../../../shared/draft/initialDraft.ts';

export function $isAnnexesHeading(node: LexicalNode): boolean {
  return $isHeadingNode(node) && node.getTag() === 'h2' && node.getTextContent().trim() === ANNEXES;
}

/** Drafts begun before responses had an Annexes part get one at the end, with an empty paragraph to write in. */
export function $ensureAnnexes(): void {
  const root = $getRoot();
  if (root.getChildren().some($isAnnexesHeading)) return;
  root.append($createHeadingNode('h2').append($createTextNode(ANNEXES)), $createParagraphNode());
}
