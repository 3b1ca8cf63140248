import { describe, expect, it } from 'vitest';
import { highlightSegments, type QuoteRange, type Segment } from '../../shared/quotes/highlightSegments.ts';

/** The segments tile [0, length) exactly: starting at 0, each ending where the next begins, none empty. */
function expectTiling(segments: Segment[], length: number) {
  expect(segments[0]?.start).toBe(0);
  expect(segments.at(-1)?.end).toBe(length);
  segments.forEach((s, i) => {
    expect(s.end).toBeGreaterThan(s.start);
    if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
  });
}

/** Which quotes cover character i, read off the segments. */
function idsAt(segments: Segment[], i: number): number[] {
  return [...(segments.find((s) => s.start <= i && i < s.end)?.quoteIds ?? [])].sort();
}

describe('highlightSegments', () => {
  it('is one plain segment when nothing is quoted', () => {
    expect(highlightSegments(40, [])).toEqual([{ start: 0, end: 40, quoteIds: [] }]);
  });

  it('is nothing for an empty text', () => {
    expect(highlightSegments(0, [{ start: 0, end: 5, quoteId: 1 }])).toEqual([]);
  });

  it('covers the whole text and marks exactly the quoted characters', () => {
    const ranges: QuoteRange[] = [
      { start: 5, end: 10, quoteId: 1 },
      { start: 20, end: 30, quoteId: 2 },
    ];
    const segments = highlightSegments(40, ranges);
    expectTiling(segments, 40);
    for (let i = 0; i < 40; i++) {
      const expected = ranges.filter((r) => r.start <= i && i < r.end).map((r) => r.quoteId);
      expect(idsAt(segments, i)).toEqual(expected);
    }
  });

  it('lists both quotes where two overlap', () => {
    const segments = highlightSegments(30, [
      { start: 0, end: 15, quoteId: 1 },
      { start: 10, end: 25, quoteId: 2 },
    ]);
    expectTiling(segments, 30);
    expect(segments).toEqual([
      { start: 0, end: 10, quoteIds: [1] },
      { start: 10, end: 15, quoteIds: [1, 2] },
      { start: 15, end: 25, quoteIds: [2] },
      { start: 25, end: 30, quoteIds: [] },
    ]);
  });

  it('handles a quote nested inside another and two identical quotes', () => {
    const segments = highlightSegments(20, [
      { start: 2, end: 18, quoteId: 1 },
      { start: 5, end: 8, quoteId: 2 },
      { start: 5, end: 8, quoteId: 3 },
    ]);
    expectTiling(segments, 20);
    expect(idsAt(segments, 6)).toEqual([1, 2, 3]);
    expect(idsAt(segments, 10)).toEqual([1]);
    expect(idsAt(segments, 1)).toEqual([]);
  });

  it('clips ranges that run past either end and ignores ones wholly outside', () => {
    const segments = highlightSegments(10, [
      { start: -5, end: 3, quoteId: 1 },
      { start: 8, end: 50, quoteId: 2 },
      { start: 12, end: 20, quoteId: 3 },
      { start: 4, end: 4, quoteId: 4 },
    ]);
    expectTiling(segments, 10);
    expect(segments).toEqual([
      { start: 0, end: 3, quoteIds: [1] },
      { start: 3, end: 8, quoteIds: [] },
      { start: 8, end: 10, quoteIds: [2] },
    ]);
  });
});
