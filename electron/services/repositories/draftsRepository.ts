import type { Database } from 'better-sqlite3';
import type { Draft } from '../../../shared/ipc/contract.ts';

// One response draft per project for now; the CHECK(id = 1) in the schema keeps it that way.
export function findDraft(db: Database): Draft {
  const row = db.prepare('SELECT content, updated_at FROM drafts WHERE id = 1').get() as
    | { content: string; updated_at: string }
    | undefined;
  return row ? { content: row.content, updatedAt: row.updated_at } : { content: null, updatedAt: null };
}

export function upsertDraft(db: Database, content: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO drafts (id, content, updated_at) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
  ).run(content, updatedAt);
}
