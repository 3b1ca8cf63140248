// The bare Lexical peer: Lexical's rich-text editor with the same kinds of nodes (headings, paragraphs, lists,
// quotes) and none of our plugins, loaded with the same response.
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type LexicalNode,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, ListItemNode, ListNode, registerList } from '@lexical/list';
import type { PeerBlock } from './peerDocument.ts';

const editor = createEditor({
  namespace: 'bench-peer',
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(document.querySelector<HTMLElement>('#editor'));
registerRichText(editor);
registerList(editor);

const withText = <T extends LexicalNode & { append: (...nodes: LexicalNode[]) => unknown }>(node: T, text: string) => {
  if (text) node.append($createTextNode(text));
  return node;
};

function toNode(block: PeerBlock): LexicalNode {
  switch (block.kind) {
    case 'heading':
      return withText($createHeadingNode(`h${Math.min(6, Math.max(1, block.level))}` as 'h2'), block.text);
    case 'paragraph':
      return withText($createParagraphNode(), block.text);
    case 'list': {
      const list = $createListNode(block.ordered ? 'number' : 'bullet');
      for (const item of block.items) list.append(withText($createListItemNode(), item));
      return list;
    }
    case 'quote': {
      // Lexical's quote holds inline content: the quotation, a line break, the citation.
      const quote = withText($createQuoteNode(), block.text);
      quote.append($createLineBreakNode(), $createTextNode(block.citation));
      return quote;
    }
  }
}

const blocks = (window as unknown as { benchDocument: PeerBlock[] }).benchDocument;
editor.update(
  () => {
    $getRoot()
      .clear()
      .append(...blocks.map(toNode));
  },
  { discrete: true },
);
document.body.dataset['ready'] = 'true';
