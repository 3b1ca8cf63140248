import type { Database } from 'better-sqlite3';
import type { SourceKind } from '../../../shared/domain/sourceKinds.ts';

/** A match, with the first `START_CHARS` characters of its text to cut the extract from (see snippetFromStart). */
export type SearchRow = { id: number; title: string; kind: SourceKind; published_on: string | null; start: string };
export type SearchFilters = { kinds?: readonly string[]; from?: string; to?: string };

/**
 * How much of each shown match's text a search reads for its extract. Most first hits lie in a source's first
 * paragraphs; reading the whole of the 30 shown (some 600,000 characters) took 1-2 ms of a 2-5 ms search.
 */
export const START_CHARS = 4_000;

const COLUMNS = 's.id, s.title, s.kind, s.published_on, substr(s.text, 1, @startChars) AS start';

/** Which full-text index to ask: the whole of every source, or titles alone. */
type Index = 'sources_fts' | 'source_titles_fts';

function where(filters: SearchFilters, index: Index = 'sources_fts'): string {
  const clauses = [`${index} MATCH @q`];
  if (filters.kinds?.length) clauses.push('s.kind IN (SELECT value FROM json_each(@kinds))');
  if (filters.from) clauses.push('s.published_on >= @from');
  if (filters.to) clauses.push('s.published_on <= @to');
  return clauses.join(' AND ');
}

function parameters(ftsQuery: string, filters: SearchFilters, limit: number) {
  return {
    q: ftsQuery,
    kinds: JSON.stringify(filters.kinds ?? []),
    from: filters.from ?? null,
    to: filters.to ?? null,
    limit,
    startChars: START_CHARS,
  };
}

/**
 * How many sources match, counting no further than `cap`: reading matches in the index's order without ranking them
 * costs a small fraction of ranking them, and stops early when the query is common. An infinite cap counts all.
 */
export function countMatches(db: Database, ftsQuery: string, filters: SearchFilters, cap: number): number {
  // Joined to sources only to filter: looking up every match's source row would cost more than the count itself.
  const filtered = Boolean(filters.kinds?.length || filters.from || filters.to);
  return db
    .prepare(
      `SELECT count(*) FROM (
         SELECT sources_fts.rowid FROM sources_fts ${filtered ? 'JOIN sources s ON s.id = sources_fts.rowid' : ''}
         WHERE ${where(filters)} LIMIT @limit)`,
    )
    .pluck()
    .get(parameters(ftsQuery, filters, Number.isFinite(cap) ? cap : -1)) as number;
}

/** The highest source id: a project can have no more matches than this. */
export function highestSourceId(db: Database): number {
  return db.prepare('SELECT coalesce(max(id), 0) FROM sources').pluck().get() as number;
}

/** Every match's id, best first (as rankedMatches ranks them): as many as match, so ranking them counts them too. */
export function rankedIds(db: Database, ftsQuery: string, filters: SearchFilters): number[] {
  const filtered = Boolean(filters.kinds?.length || filters.from || filters.to);
  return db
    .prepare(
      `SELECT sources_fts.rowid FROM sources_fts ${filtered ? 'JOIN sources s ON s.id = sources_fts.rowid' : ''}
       WHERE ${where(filters)}
       ORDER BY sources_fts.rank`,
    )
    .pluck()
    .all(parameters(ftsQuery, filters, -1)) as number[];
}

/** The matches with these ids, in this order. */
export function matchesById(db: Database, ids: readonly number[]): SearchRow[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM sources s WHERE s.id IN (SELECT value FROM json_each(@ids))`)
    .all({ ids: JSON.stringify(ids), startChars: START_CHARS }) as SearchRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The best full-text matches, ranked by FTS5's rank (bm25 with title hits weighted above body hits). */
export function rankedMatches(db: Database, ftsQuery: string, filters: SearchFilters, limit: number): SearchRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS}
       FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
       WHERE ${where(filters)}
       ORDER BY sources_fts.rank
       LIMIT @limit`,
    )
    .all(parameters(ftsQuery, filters, limit)) as SearchRow[];
}

/**
 * Matches without ranking, for a query too common to rank: those with it in their title first, then the rest, each
 * newest first. FTS5 reads its index in rowid order, so both stop as soon as they have `limit` rows.
 */
export function titleFirstMatches(db: Database, ftsQuery: string, filters: SearchFilters, limit: number): SearchRow[] {
  const newest = (index: Index, n: number) =>
    db
      .prepare(
        `SELECT ${COLUMNS}
         FROM ${index} JOIN sources s ON s.id = ${index}.rowid
         WHERE ${where(filters, index)}
         ORDER BY ${index}.rowid DESC
         LIMIT @limit`,
      )
      .all(parameters(ftsQuery, filters, n)) as SearchRow[];
  const titled = newest('source_titles_fts', limit);
  if (titled.length === limit) return titled;
  const seen = new Set(titled.map((r) => r.id));
  const rest = newest('sources_fts', limit + titled.length).filter((r) => !seen.has(r.id));
  return [...titled, ...rest.slice(0, limit - titled.length)];
}

/** A match's whole text, for an extract its start does not hold. */
export function matchText(db: Database, id: number): string {
  return db.prepare('SELECT text FROM sources WHERE id = ?').pluck().get(id) as string;
}
