import type { Database } from 'better-sqlite3';
import type { Draft } from '../../../shared/ipc/contract.ts';

// One response draft per project for now; the CHECK(id = 1) in the schema keeps it that way.
export function findDraft(db: Database): Draft {
  const row = db.prepare('SELECT content, updated_at FROM drafts WHERE id = 1').get() as
    { content: string; updated_at: string } | undefined;
  return row ? { content: row.content, updatedAt: row.updated_at } : { content: null, updatedAt: null };
}

export function upsertDraft(db: Database, content: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO drafts (id, content, updated_at) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
  ).run(content, updatedAt);
}

export type DraftVersion = { id: number; name: string; createdAt: string };

export function insertDraftVersion(db: Database, name: string, content: string, createdAt: string): number {
  return Number(
    db.prepare('INSERT INTO draft_snapshots (name, content, created_at) VALUES (?, ?, ?)').run(name, content, createdAt)
      .lastInsertRowid,
  );
}

export function listDraftVersions(db: Database): DraftVersion[] {
  return (
    db.prepare('SELECT id, name, created_at FROM draft_snapshots ORDER BY id DESC').all() as {
      id: number;
      name: string;
      created_at: string;
    }[]
  ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

export function findSnapshotContent(db: Database, id: number): string | null {
  const row = db.prepare('SELECT content FROM draft_snapshots WHERE id = ?').get(id) as { content: string } | undefined;
  return row?.content ?? null;
}
