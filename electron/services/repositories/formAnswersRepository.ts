import type { Database } from 'better-sqlite3';
import type { FormSettings } from '../../../shared/form/formAnswers.ts';

type FormAnswerRow = { theme_id: number; skipped: number; short_text: string; character_limit: number | null };

function toFormSettings(row: FormAnswerRow): FormSettings {
  return { skipped: row.skipped === 1, shortText: row.short_text, characterLimit: row.character_limit };
}

export function listFormSettings(db: Database): Map<number, FormSettings> {
  const rows = db
    .prepare('SELECT theme_id, skipped, short_text, character_limit FROM form_answers')
    .all() as FormAnswerRow[];
  return new Map(rows.map((r) => [r.theme_id, toFormSettings(r)]));
}

export function findFormSettings(db: Database, questionId: number): FormSettings | null {
  const row = db
    .prepare('SELECT theme_id, skipped, short_text, character_limit FROM form_answers WHERE theme_id = ?')
    .get(questionId) as FormAnswerRow | undefined;
  return row ? toFormSettings(row) : null;
}

/** Writes a question's form settings whole; the row is made on first use. */
export function upsertFormSettings(db: Database, questionId: number, settings: FormSettings, updatedAt: string): void {
  db.prepare(
    `INSERT INTO form_answers (theme_id, skipped, short_text, character_limit, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(theme_id) DO UPDATE SET skipped = excluded.skipped, short_text = excluded.short_text,
       character_limit = excluded.character_limit, updated_at = excluded.updated_at`,
  ).run(questionId, settings.skipped ? 1 : 0, settings.shortText, settings.characterLimit, updatedAt);
}

/** Questions whose short version matches an FTS5 query (already made safe by buildFtsQuery), best first. */
export function searchShortVersions(
  db: Database,
  ftsQuery: string,
  limit: number,
): { questionId: number; shortText: string }[] {
  return (
    db
      .prepare(
        `SELECT f.theme_id, f.short_text FROM form_answers_fts
         JOIN form_answers f ON f.theme_id = form_answers_fts.rowid
         WHERE form_answers_fts MATCH ? ORDER BY bm25(form_answers_fts) LIMIT ?`,
      )
      .all(ftsQuery, limit) as { theme_id: number; short_text: string }[]
  ).map((r) => ({ questionId: r.theme_id, shortText: r.short_text }));
}
