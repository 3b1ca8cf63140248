import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../../shared/ids.ts';
import type { BlockKind, SourceBlock } from '../../../shared/sources/sourceStructure.ts';

type BlockRow = { kind: string; start_offset: number; end_offset: number; level: number | null; page: number | null };

export function insertSourceBlocks(db: Database, sourceId: SourceId, blocks: readonly SourceBlock[]): void {
  const insert = db.prepare(
    'INSERT INTO source_blocks (source_id, position, kind, start_offset, end_offset, level, page) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  blocks.forEach((b, i) => insert.run(sourceId, i, b.kind, b.start, b.end, b.level, b.page));
}

export function listSourceBlocks(db: Database, sourceId: SourceId): SourceBlock[] {
  const rows = db
    .prepare(
      'SELECT kind, start_offset, end_offset, level, page FROM source_blocks WHERE source_id = ? ORDER BY position',
    )
    .all(sourceId) as BlockRow[];
  return rows.map((r) => ({
    kind: r.kind as BlockKind,
    start: r.start_offset,
    end: r.end_offset,
    level: r.level,
    page: r.page,
  }));
}
