import type { Database } from 'better-sqlite3';

export type ProjectMetaKey =
  | 'name'
  | 'consultation_title'
  | 'consultation_department'
  | 'consultation_deadline'
  | 'response_details'
  | 'unanswered_choice'
  /** The GUID REFI-QDA exports derive every other GUID from. */
  | 'refi_guid';

export function getMeta(db: Database, key: ProjectMetaKey): string | null {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Database, key: ProjectMetaKey, value: string): void {
  db.prepare(
    'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function deleteMeta(db: Database, key: ProjectMetaKey): void {
  db.prepare('DELETE FROM project_meta WHERE key = ?').run(key);
}
