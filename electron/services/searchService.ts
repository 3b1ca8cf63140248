import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import type { SearchHit, SearchRequest, SearchResults } from '../../shared/domain/search.ts';
import { buildFtsQuery, parseQuery } from '../../shared/search/ftsQuery.ts';
import { makeSnippet, snippetFromStart } from '../../shared/search/snippet.ts';
import { createPrefixWords } from './searchPrefixes.ts';
import { createStemOf } from './repositories/stemRepository.ts';
import {
  countMatches,
  highestSourceId,
  matchesById,
  matchText,
  rankedIds,
  rankedMatches,
  START_CHARS,
  titleFirstMatches,
  type SearchRow,
} from './repositories/searchRepository.ts';

/**
 * Ranking costs FTS5 one to three microseconds a matching source (bm25 reads every match's hits and length), so a
 * word in nearly all of 20,000 sources took 20-60 ms to rank, a phrase up to 100 ms on a busy machine. Up to this
 * many matches ranking stays under ~10 ms, and projects of up to this many sources always rank every match. Past it
 * bm25 has little to say anyway: FTS5 gives a phrase in more than half the sources next to no weight (its IDF is
 * clamped to ~0), so the order would rest on how often each source repeats the words.
 */
export const RANK_LIMIT = 2_000;

export function createSearchService(db: Database, options: { rankLimit?: number } = {}) {
  const rankLimit = options.rankLimit ?? RANK_LIMIT;
  const prefixWords = createPrefixWords(db);
  const stemOf = createStemOf(db);

  function toHit(row: SearchRow, terms: ReturnType<typeof parseQuery>): SearchHit {
    const { parts, hit } =
      snippetFromStart(row.start, terms, row.start.length < START_CHARS, { stemOf }) ??
      makeSnippet(matchText(db, row.id), terms, { stemOf });
    return {
      sourceId: row.id as SourceId,
      title: row.title,
      kind: row.kind,
      publishedOn: row.published_on,
      snippet: parts,
      hitStart: hit?.start ?? null,
      hitEnd: hit?.end ?? null,
    };
  }

  async function find(request: SearchRequest): Promise<SearchResults> {
    const query = buildFtsQuery(request.query, prefixWords);
    if (!query) return { hits: [], matched: 0, rankLimit, order: 'relevance' };
    const terms = parseQuery(request.query);
    const filters = { kinds: request.kinds, from: request.from, to: request.to };
    const limit = request.limit ?? 30;
    // A project of no more sources than are ranked cannot match more: rank every match at once, which counts them,
    // rather than read them twice (once to count, once to rank).
    const all = highestSourceId(db) <= rankLimit ? rankedIds(db, query, filters) : null;
    const matched = all?.length ?? countMatches(db, query, filters, rankLimit + 1);
    const order = matched > rankLimit ? 'title-then-newest' : 'relevance';
    const rows =
      order === 'title-then-newest'
        ? titleFirstMatches(db, query, filters, limit)
        : all
          ? matchesById(db, all.slice(0, limit))
          : rankedMatches(db, query, filters, limit);
    return { hits: rows.map((row) => toHit(row, terms)), matched, rankLimit, order };
  }

  return {
    /** The sources matching the query, each with an extract around its first hit, and how many match in all. */
    find,
    /** Just the hits of `find`: the best matches, or for a very common query those with it in their title first. */
    async search(request: SearchRequest): Promise<SearchHit[]> {
      return (await find(request)).hits;
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
