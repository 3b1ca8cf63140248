export type QuoteRange = { start: number; end: number; quoteId: number };
export type Segment = { start: number; end: number; quoteIds: number[] };

/**
 * Cuts a text of `length` characters into runs that are covered by the same set of quotes,
 * so the reader can wrap each run once, even where quotes overlap.
 */
export function highlightSegments(length: number, ranges: readonly QuoteRange[]): Segment[] {
  const inside = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, length]);
  for (const r of inside) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const quoteIds = inside.filter((r) => r.start <= start && r.end >= end).map((r) => r.quoteId);
    segments.push({ start, end, quoteIds });
  }
  return segments;
}
