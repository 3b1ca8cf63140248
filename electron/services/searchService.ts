import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import type { SearchHit, SearchRequest } from '../../shared/domain/search.ts';
import { buildFtsQuery, parseSnippet } from '../../shared/search/ftsQuery.ts';
import { findSource } from './repositories/sourcesRepository.ts';
import { searchSources } from './repositories/searchRepository.ts';

/**
 * Locates a snippet's first hit in the full text. snippet() returns verbatim slices of the stored text,
 * so the unmarked snippet (without its '…' ends) is found exactly, and the hit sits at a known place in it.
 */
export function locateHit(text: string, snippet: SearchHit['snippet']): { start: number; end: number } | null {
  const firstHit = snippet.findIndex((p) => p.hit);
  if (firstHit < 0) return null;
  const plain = snippet.map((p) => p.text).join('');
  const leading = plain.startsWith('…') ? 1 : 0;
  const trailing = plain.endsWith('…') ? 1 : 0;
  const body = plain.slice(leading, plain.length - trailing);
  const at = text.indexOf(body);
  if (at < 0) return null;
  const before = snippet.slice(0, firstHit).map((p) => p.text).join('').length - leading;
  const start = at + before;
  return { start, end: start + snippet[firstHit]!.text.length };
}

export function createSearchService(db: Database) {
  return {
    async search(request: SearchRequest): Promise<SearchHit[]> {
      const query = buildFtsQuery(request.query);
      if (!query) return [];
      const rows = searchSources(db, query, { kinds: request.kinds, from: request.from, to: request.to, limit: request.limit ?? 50 });
      return rows.map((row) => {
        const snippet = parseSnippet(row.snippet);
        const text = findSource(db, row.id as SourceId)?.text ?? '';
        const hit = locateHit(text, snippet);
        return {
          sourceId: row.id as SourceId,
          title: row.title,
          kind: row.kind,
          publishedOn: row.published_on,
          snippet,
          hitStart: hit?.start ?? null,
          hitEnd: hit?.end ?? null,
        };
      });
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
