import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../../shared/ids.ts';
import type { SourceMetadata, SourceSummary } from '../../../shared/domain/source.ts';
import type { SourceKind } from '../../../shared/domain/sourceKinds.ts';

/** A source row with its text; its blocks live in sourceBlocksRepository. */
export type StoredSource = SourceSummary & { text: string };

type SourceRow = {
  id: number;
  title: string;
  author: string | null;
  published_on: string | null;
  url: string | null;
  kind: string;
  length: number;
  imported_at: string;
};

const SUMMARY_COLUMNS = 'id, title, author, published_on, url, kind, length(text) AS length, imported_at';

function toSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id as SourceId,
    title: row.title,
    author: row.author,
    publishedOn: row.published_on,
    url: row.url,
    kind: row.kind as SourceKind,
    length: row.length,
    importedAt: row.imported_at,
  };
}

/** Newest first, undated last; answered from the sources_listed index alone (migration 90), never the texts. */
export const LIST_SOURCES_SQL = `SELECT ${SUMMARY_COLUMNS} FROM sources ORDER BY published_on IS NULL, published_on DESC, id`;

/** Which sources to list: all, a page of the list in its order, or the ones with these ids (in list order). */
export type SourceFilter = { ids?: readonly SourceId[]; offset?: number; limit?: number };

export function listSources(db: Database, filter: SourceFilter = {}): SourceSummary[] {
  const { ids, offset, limit } = filter;
  if (ids === undefined && offset === undefined && limit === undefined)
    return (db.prepare(LIST_SOURCES_SQL).all() as SourceRow[]).map(toSummary);
  const where = ids === undefined ? '' : 'WHERE id IN (SELECT value FROM json_each(?))';
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM sources ${where}
    ORDER BY published_on IS NULL, published_on DESC, id LIMIT ? OFFSET ?`;
  const params = [...(ids === undefined ? [] : [JSON.stringify(ids)]), limit ?? -1, offset ?? 0];
  return (db.prepare(sql).all(...params) as SourceRow[]).map(toSummary);
}

export function findSource(db: Database, id: SourceId): StoredSource | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, text FROM sources WHERE id = ?`).get(id) as
    (SourceRow & { text: string }) | undefined;
  return row ? { ...toSummary(row), text: row.text } : null;
}

export function findSourcesByIds(db: Database, ids: readonly SourceId[]): SourceSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM sources WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as SourceRow[];
  return rows.map(toSummary);
}

export function findSourceIdByHash(db: Database, contentHash: string): SourceId | null {
  const row = db.prepare('SELECT id FROM sources WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row ? (row.id as SourceId) : null;
}

export function insertSource(
  db: Database,
  source: SourceMetadata & {
    id?: SourceId;
    text: string;
    contentHash: string;
    importedAt: string;
    format: string;
    fileName: string | null;
  },
): SourceId {
  // An id is given only when undoing a delete, so quotes and draft blocks point at the source again.
  const info = db
    .prepare(
      `INSERT INTO sources (id, title, author, published_on, url, kind, text, content_hash, imported_at, format, file_name)
       VALUES (@id, @title, @author, @publishedOn, @url, @kind, @text, @contentHash, @importedAt, @format, @fileName)`,
    )
    .run({
      id: source.id ?? null,
      title: source.title,
      author: source.author,
      publishedOn: source.publishedOn,
      url: source.url,
      kind: source.kind,
      text: source.text,
      contentHash: source.contentHash,
      importedAt: source.importedAt,
      format: source.format,
      fileName: source.fileName,
    });
  return Number(info.lastInsertRowid) as SourceId;
}

/** Metadata only: a source's text never changes after import. */
export function updateSourceMetadata(db: Database, id: SourceId, metadata: SourceMetadata): boolean {
  const info = db
    .prepare(
      'UPDATE sources SET title = @title, author = @author, published_on = @publishedOn, url = @url, kind = @kind WHERE id = @id',
    )
    .run({
      id,
      title: metadata.title,
      author: metadata.author,
      publishedOn: metadata.publishedOn,
      url: metadata.url,
      kind: metadata.kind,
    });
  return info.changes === 1;
}

export function sourceProvenance(db: Database, id: SourceId): { format: string; fileName: string | null } | null {
  const row = db.prepare('SELECT format, file_name FROM sources WHERE id = ?').get(id) as
    { format: string; file_name: string | null } | undefined;
  return row ? { format: row.format, fileName: row.file_name } : null;
}

export function deleteSource(db: Database, id: SourceId): boolean {
  return db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes === 1;
}
