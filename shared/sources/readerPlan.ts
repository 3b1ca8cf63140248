import { highlightSegments, type QuoteRange, type Segment } from '../quotes/highlightSegments.ts';
import type { SourceBlock } from './sourceStructure.ts';

export type ReaderSegment = Segment & { inFocus: boolean };

export type ReaderItem =
  | { kind: 'gap'; start: number; end: number; lineBreak: boolean }
  | { kind: 'block'; block: SourceBlock; segments: ReaderSegment[]; pageStart: number | null };

/**
 * How the reader lays out a source: its blocks (headings, paragraphs, list items, cells, notes), each cut
 * into runs by quote and focus boundaries, and the separators between blocks as gaps. Every character of
 * the text is in exactly one item, in order, so the rendered DOM's text is the source's text.
 */
export function readerPlan(
  text: string,
  blocks: readonly SourceBlock[],
  quotes: readonly QuoteRange[],
  focus: { start: number; end: number } | null,
): ReaderItem[] {
  const spans: SourceBlock[] = blocks.length
    ? [...blocks]
    : [{ kind: 'paragraph', start: 0, end: text.length, level: null, page: null }];
  const withFocus = focus ? [...quotes, { start: focus.start, end: focus.end, quoteId: -1 }] : [...quotes];
  const items: ReaderItem[] = [];
  let at = 0;
  let page: number | null = null;
  for (const block of spans) {
    if (at > 0 && block.end <= at) continue; // a block inside one already shown
    if (block.start > at) items.push(gap(text, at, block.start, items.at(-1)));
    const start = Math.max(block.start, at);
    const local = withFocus
      .map((q) => ({ ...q, start: Math.max(q.start, start) - start, end: Math.min(q.end, block.end) - start }))
      .filter((q) => q.end > q.start);
    const segments = highlightSegments(block.end - start, local).map((s) => ({
      start: s.start + start,
      end: s.end + start,
      quoteIds: s.quoteIds.filter((id) => id !== -1),
      inFocus: s.quoteIds.includes(-1),
    }));
    const pageStart = block.page !== null && block.page !== page ? block.page : null;
    if (block.page !== null) page = block.page;
    items.push({ kind: 'block', block: { ...block, start }, segments, pageStart });
    at = Math.max(at, block.end);
  }
  if (at < text.length) items.push(gap(text, at, text.length, items.at(-1)));
  return items;
}

function gap(text: string, start: number, end: number, previous: ReaderItem | undefined): ReaderItem {
  // Table rows are inline cells: a line break between them must be drawn, not just kept as text.
  const lineBreak =
    previous?.kind === 'block' && previous.block.kind === 'table-cell' && text.slice(start, end).includes('\n');
  return { kind: 'gap', start, end, lineBreak };
}
