import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../shared/domain/search.ts';
import type { SourceId } from '../../shared/ids.ts';
import { searchSummary } from '../../shared/search/searchSummary.ts';

const hit = (id: number): SearchHit => ({
  sourceId: id as SourceId,
  title: `Source ${id}`,
  kind: 'other',
  publishedOn: null,
  snippet: [],
  hitStart: null,
  hitEnd: null,
});
const results = (shown: number, matched: number, order: SearchResults['order'] = 'relevance'): SearchResults => ({
  hits: Array.from({ length: shown }, (_, i) => hit(i + 1)),
  matched,
  rankLimit: 5000,
  order,
});

describe('searchSummary', () => {
  it('says when nothing matches', () => {
    expect(searchSummary('otter', results(0, 0))).toBe('No sources contain “otter”.');
  });

  it('counts the matches when all are shown', () => {
    expect(searchSummary('otter', results(1, 1))).toBe('1 source matches “otter”');
    expect(searchSummary('otter', results(3, 3))).toBe('3 sources match “otter”');
  });

  it('says the hits are the best few of all that match', () => {
    expect(searchSummary('otter', results(30, 1374))).toBe('The best 30 of 1,374 sources that match “otter”.');
  });

  it('says plainly when too many match to rank, and which are shown', () => {
    expect(searchSummary('children', results(30, 5001, 'title-then-newest'))).toBe(
      'More than 5,000 sources match “children”, too many to rank. Showing 30: title matches first, then the newest.',
    );
  });
});
