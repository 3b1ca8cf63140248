import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../../shared/ids.ts';
import type { SourceBlock } from '../../../shared/sources/sourceStructure.ts';
import type { SourceVersionSummary } from '../../../shared/domain/sourceVersion.ts';

/** One version of a source's document as stored: its text and structure never change once stored. */
export type StoredVersion = {
  version: number;
  text: string;
  blocks: SourceBlock[];
  contentHash: string;
  format: string;
  fileName: string | null;
  dated: string | null;
  addedAt: string;
};

type VersionRow = {
  version: number;
  text: string;
  blocks: string;
  content_hash: string;
  format: string;
  file_name: string | null;
  dated: string | null;
  added_at: string;
};

function toVersion(row: VersionRow): StoredVersion {
  return {
    version: row.version,
    text: row.text,
    blocks: JSON.parse(row.blocks) as SourceBlock[],
    contentHash: row.content_hash,
    format: row.format,
    fileName: row.file_name,
    dated: row.dated,
    addedAt: row.added_at,
  };
}

export function currentVersionOf(db: Database, sourceId: SourceId): number {
  const row = db.prepare('SELECT current_version FROM sources WHERE id = ?').get(sourceId) as
    { current_version: number } | undefined;
  return row?.current_version ?? 1;
}

/**
 * A version of a source. A source that was never updated has no rows in source_versions: its version 1 is the
 * sources row itself, with its blocks in source_blocks.
 */
export function findVersion(db: Database, sourceId: SourceId, version: number): StoredVersion | null {
  const row = db
    .prepare(
      `SELECT version, text, blocks, content_hash, format, file_name, dated, added_at
       FROM source_versions WHERE source_id = ? AND version = ?`,
    )
    .get(sourceId, version) as VersionRow | undefined;
  if (row) return toVersion(row);
  const current = db
    .prepare(
      `SELECT current_version AS version, text, content_hash, format, file_name, published_on AS dated, imported_at AS added_at
       FROM sources WHERE id = ? AND current_version = ?`,
    )
    .get(sourceId, version) as Omit<VersionRow, 'blocks'> | undefined;
  if (!current) return null;
  const blocks = db
    .prepare(
      `SELECT json_group_array(json_object('kind', kind, 'start', start_offset, 'end', end_offset, 'level', level, 'page', page))
       AS blocks FROM (SELECT * FROM source_blocks WHERE source_id = ? ORDER BY position)`,
    )
    .pluck()
    .get(sourceId) as string;
  return toVersion({ ...current, blocks });
}

export function insertVersion(db: Database, sourceId: SourceId, v: StoredVersion): void {
  db.prepare(
    `INSERT INTO source_versions (source_id, version, text, blocks, content_hash, format, file_name, dated, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(sourceId, v.version, v.text, JSON.stringify(v.blocks), v.contentHash, v.format, v.fileName, v.dated, v.addedAt);
}

export function hasVersionRow(db: Database, sourceId: SourceId, version: number): boolean {
  return (
    db.prepare('SELECT 1 FROM source_versions WHERE source_id = ? AND version = ?').get(sourceId, version) !== undefined
  );
}

export function deleteVersionRow(db: Database, sourceId: SourceId, version: number): void {
  db.prepare('DELETE FROM source_versions WHERE source_id = ? AND version = ?').run(sourceId, version);
}

/** Makes a stored version the one search and the reader use: the sources row's text, and its blocks. */
export function makeCurrent(db: Database, sourceId: SourceId, v: StoredVersion): void {
  db.prepare(
    'UPDATE sources SET text = ?, content_hash = ?, format = ?, file_name = ?, current_version = ? WHERE id = ?',
  ).run(v.text, v.contentHash, v.format, v.fileName, v.version, sourceId);
  db.prepare('DELETE FROM source_blocks WHERE source_id = ?').run(sourceId);
  const insert = db.prepare(
    'INSERT INTO source_blocks (source_id, position, kind, start_offset, end_offset, level, page) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  v.blocks.forEach((b, i) => insert.run(sourceId, i, b.kind, b.start, b.end, b.level, b.page));
}

export function listVersions(db: Database, sourceId: SourceId): SourceVersionSummary[] {
  const current = currentVersionOf(db, sourceId);
  const counts = new Map(
    (
      db
        .prepare(
          'SELECT source_version AS version, count(*) AS n FROM quotes WHERE source_id = ? GROUP BY source_version',
        )
        .all(sourceId) as { version: number; n: number }[]
    ).map((r) => [r.version, r.n]),
  );
  const rows = db
    .prepare(
      `SELECT version, length(text) AS length, format, file_name, dated, added_at FROM source_versions
       WHERE source_id = ? ORDER BY version`,
    )
    .all(sourceId) as {
    version: number;
    length: number;
    format: string;
    file_name: string | null;
    dated: string | null;
    added_at: string;
  }[];
  if (rows.length === 0) {
    const only = db
      .prepare('SELECT length(text) AS length, format, file_name, published_on, imported_at FROM sources WHERE id = ?')
      .get(sourceId) as
      | { length: number; format: string; file_name: string | null; published_on: string | null; imported_at: string }
      | undefined;
    if (!only) return [];
    return [
      {
        sourceId,
        version: 1,
        current: true,
        addedAt: only.imported_at,
        dated: only.published_on,
        fileName: only.file_name,
        format: only.format,
        length: only.length,
        quoteCount: counts.get(1) ?? 0,
      },
    ];
  }
  return rows.map((r) => ({
    sourceId,
    version: r.version,
    current: r.version === current,
    addedAt: r.added_at,
    dated: r.dated,
    fileName: r.file_name,
    format: r.format,
    length: r.length,
    quoteCount: counts.get(r.version) ?? 0,
  }));
}
