import type { QuoteId } from '../ids.ts';
import { parseEditorState, SOURCE_QUOTE_TYPE, type SerializedNode } from './draftSchema.ts';

/** Where a quotation block stands in the draft: under which heading, and the quote text the block shows. */
export type DraftPlace = { quoteId: QuoteId; heading: string | null; text: string };

function textOf(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(textOf).join('');
}

/** Visits every node in document order, telling the visitor the last heading seen. */
function walk(node: SerializedNode, visit: (node: SerializedNode, heading: string | null) => void): void {
  let heading: string | null = null;
  const go = (n: SerializedNode) => {
    if (n.type === 'heading') heading = textOf(n).trim() || heading;
    visit(n, heading);
    for (const child of n.children ?? []) go(child);
  };
  go(node);
}

/** Every quotation block in a saved draft, in order, for the quotes asked about (all when `ids` is not given). */
export function quotePlaces(content: string | null, ids?: ReadonlySet<number>): DraftPlace[] {
  if (!content) return [];
  const places: DraftPlace[] = [];
  walk(parseEditorState(content).root, (node, heading) => {
    if (node.type !== SOURCE_QUOTE_TYPE || typeof node.quoteId !== 'number') return;
    if (ids && !ids.has(node.quoteId)) return;
    places.push({ quoteId: node.quoteId as QuoteId, heading, text: typeof node.text === 'string' ? node.text : '' });
  });
  return places;
}

/**
 * The draft with every quotation block of one quote showing `text` (the quote's words after the user accepted a new
 * version's wording, or back as they were on undo); `changed` counts the blocks that differ.
 */
export function withQuoteText(content: string, quoteId: QuoteId, text: string): { content: string; changed: number } {
  const state = parseEditorState(content);
  let changed = 0;
  walk(state.root, (node) => {
    if (node.type === SOURCE_QUOTE_TYPE && node.quoteId === quoteId && node.text !== text) {
      node.text = text;
      changed++;
    }
  });
  return { content: changed ? JSON.stringify(state) : content, changed };
}
