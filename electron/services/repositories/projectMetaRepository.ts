import type { Database } from 'better-sqlite3';

export type ProjectMetaKey = 'name' | 'consultation_title' | 'consultation_department' | 'response_details';

export function getMeta(db: Database, key: ProjectMetaKey): string | null {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Database, key: ProjectMetaKey, value: string): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}
