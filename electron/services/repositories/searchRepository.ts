import type { Database } from 'better-sqlite3';
import type { SourceKind } from '../../../shared/domain/source.ts';

export type SearchRow = { id: number; title: string; kind: SourceKind; published_on: string | null; text: string };

/** The best full-text matches, ranked by FTS5's rank (bm25 with title hits weighted above body hits). */
export function searchSources(
  db: Database,
  ftsQuery: string,
  filters: { kinds?: readonly string[]; from?: string; to?: string; limit: number },
): SearchRow[] {
  const where = ['sources_fts MATCH @q'];
  if (filters.kinds?.length) where.push('s.kind IN (SELECT value FROM json_each(@kinds))');
  if (filters.from) where.push('s.published_on >= @from');
  if (filters.to) where.push('s.published_on <= @to');
  return db
    .prepare(
      `SELECT s.id, s.title, s.kind, s.published_on, s.text
       FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
       WHERE ${where.join(' AND ')}
       ORDER BY sources_fts.rank
       LIMIT @limit`,
    )
    .all({
      q: ftsQuery,
      kinds: JSON.stringify(filters.kinds ?? []),
      from: filters.from ?? null,
      to: filters.to ?? null,
      limit: filters.limit,
    }) as SearchRow[];
}
