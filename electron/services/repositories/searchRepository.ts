import type { Database } from 'better-sqlite3';
import type { SourceKind } from '../../../shared/domain/source.ts';
import { HIT_END, HIT_START } from '../../../shared/search/ftsQuery.ts';

export type SearchRow = { id: number; title: string; kind: SourceKind; published_on: string | null; snippet: string };

/** Ranked full-text matches (bm25, title hits weighted above body hits) with a marked snippet of the text. */
export function searchSources(
  db: Database,
  ftsQuery: string,
  filters: { kinds?: readonly string[]; from?: string; to?: string; limit: number },
): SearchRow[] {
  const where = ['sources_fts MATCH @q'];
  if (filters.kinds?.length) where.push('s.kind IN (SELECT value FROM json_each(@kinds))');
  if (filters.from) where.push('s.published_on >= @from');
  if (filters.to) where.push('s.published_on <= @to');
  // Rank and cut first, then make snippets for the few rows shown: snippet() re-reads each document.
  return db
    .prepare(
      `WITH top AS (
         SELECT sources_fts.rowid AS id, sources_fts.rank AS rank
         FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
         WHERE ${where.join(' AND ')}
         ORDER BY sources_fts.rank
         LIMIT @limit
       )
       SELECT s.id, s.title, s.kind, s.published_on, snippet(sources_fts, 1, @hs, @he, '…', 24) AS snippet
       FROM top
       JOIN sources_fts ON sources_fts.rowid = top.id AND sources_fts MATCH @q
       JOIN sources s ON s.id = top.id
       ORDER BY top.rank`,
    )
    .all({
      q: ftsQuery,
      kinds: JSON.stringify(filters.kinds ?? []),
      from: filters.from ?? null,
      to: filters.to ?? null,
      limit: filters.limit,
      hs: HIT_START,
      he: HIT_END,
    }) as SearchRow[];
}
