import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import type { SearchHit, SearchRequest } from '../../shared/domain/search.ts';
import { buildFtsQuery, parseQuery } from '../../shared/search/ftsQuery.ts';
import { makeSnippet } from '../../shared/search/snippet.ts';
import { searchSources } from './repositories/searchRepository.ts';

export function createSearchService(db: Database) {
  return {
    /** Ranked sources matching the query, each with an extract around its first hit and where that hit is. */
    async search(request: SearchRequest): Promise<SearchHit[]> {
      const query = buildFtsQuery(request.query);
      if (!query) return [];
      const terms = parseQuery(request.query);
      const rows = searchSources(db, query, {
        kinds: request.kinds,
        from: request.from,
        to: request.to,
        limit: request.limit ?? 30,
      });
      return rows.map((row) => {
        const { parts, hit } = makeSnippet(row.text, terms);
        return {
          sourceId: row.id as SourceId,
          title: row.title,
          kind: row.kind,
          publishedOn: row.published_on,
          snippet: parts,
          hitStart: hit?.start ?? null,
          hitEnd: hit?.end ?? null,
        };
      });
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
