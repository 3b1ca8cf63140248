// The response as plain blocks, for the peer editors to load: the same headings, paragraphs (empty ones too, so the
// caret lands in the same place), lists and quotations (as blockquotes with their citation) as our draft holds.
import { DRAFT_SECTION_TYPE, SOURCE_QUOTE_TYPE, type SerializedNode } from '../../../shared/draft/draftSchema.ts';

export type PeerBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; text: string; citation: string };

const textOf = (node: SerializedNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('');

export function peerDocument(draft: string): PeerBlock[] {
  const root = (JSON.parse(draft) as { root: SerializedNode }).root;
  const top = (root.children ?? []).flatMap((n) => (n.type === DRAFT_SECTION_TYPE ? (n.children ?? []) : [n]));
  return top.flatMap((node): PeerBlock[] => {
    if (node.type === 'heading')
      return [{ kind: 'heading', level: Number(node.tag?.slice(1) ?? 2), text: textOf(node) }];
    if (node.type === 'paragraph') return [{ kind: 'paragraph', text: textOf(node) }];
    if (node.type === 'list')
      return [{ kind: 'list', ordered: node.listType === 'number', items: (node.children ?? []).map(textOf) }];
    if (node.type === SOURCE_QUOTE_TYPE)
      return [{ kind: 'quote', text: String(node['text'] ?? ''), citation: String(node['citation'] ?? '') }];
    return []; // the position controls: no counterpart in a plain editor
  });
}
