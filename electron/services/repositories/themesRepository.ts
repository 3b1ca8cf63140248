import type { Database } from 'better-sqlite3';
import type { ThemeId } from '../../../shared/ids.ts';
import type { AnswerType, ThemeKind, ThemeWithCount } from '../../../shared/domain/theme.ts';

type ThemeRow = {
  id: number;
  parent_id: number | null;
  kind: string;
  number: number | null;
  title: string;
  verified: number;
  word_limit: number | null;
  position: number;
  answer_type: string;
  quote_count: number;
};

function toTheme(row: ThemeRow): ThemeWithCount {
  return {
    id: row.id as ThemeId,
    parentId: row.parent_id as ThemeId | null,
    kind: row.kind as ThemeKind,
    number: row.number,
    title: row.title,
    verified: row.verified === 1,
    wordLimit: row.word_limit,
    position: row.position,
    answerType: row.answer_type as AnswerType,
    quoteCount: row.quote_count,
  };
}

/** Every theme in display order, each with the number of quotes filed under it. */
export function listThemesWithCounts(db: Database): ThemeWithCount[] {
  const rows = db
    .prepare(
      `SELECT t.*, (SELECT count(*) FROM quote_themes qt WHERE qt.theme_id = t.id) AS quote_count
       FROM themes t ORDER BY t.parent_id IS NOT NULL, t.position, t.id`,
    )
    .all() as ThemeRow[];
  return rows.map(toTheme);
}

export function insertTheme(
  db: Database,
  theme: {
    parentId: ThemeId | null;
    kind: ThemeKind;
    number: number | null;
    title: string;
    verified: boolean;
    wordLimit: number | null;
    position: number;
    topic?: string | null;
    summary?: string | null;
    answerType?: AnswerType;
  },
): ThemeId {
  const info = db
    .prepare(
      `INSERT INTO themes (parent_id, kind, number, title, verified, word_limit, position, topic, summary, answer_type)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      theme.parentId,
      theme.kind,
      theme.number,
      theme.title,
      theme.verified ? 1 : 0,
      theme.wordLimit,
      theme.position,
      theme.topic ?? null,
      theme.summary ?? null,
      theme.answerType ?? 'open',
    );
  return Number(info.lastInsertRowid) as ThemeId;
}

export function countExistingThemes(db: Database, ids: readonly ThemeId[]): number {
  if (ids.length === 0) return 0;
  const row = db.prepare('SELECT count(*) AS n FROM themes WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(ids)) as {
    n: number;
  };
  return row.n;
}

/** Questions ranked by BM25 against an FTS5 query; lower scores are better matches. */
export function rankQuestions(db: Database, ftsQuery: string, limit: number): { id: ThemeId; score: number }[] {
  return db
    .prepare(
      `SELECT t.id AS id, bm25(themes_fts, 2.0, 4.0, 0.5) AS score
       FROM themes_fts JOIN themes t ON t.id = themes_fts.rowid
       WHERE themes_fts MATCH ? AND t.kind = 'question'
       ORDER BY score, t.position LIMIT ?`,
    )
    .all(ftsQuery, limit) as { id: ThemeId; score: number }[];
}

export function updateQuestionWording(db: Database, id: ThemeId, title: string): boolean {
  return db.prepare("UPDATE themes SET title = ?, verified = 1 WHERE id = ? AND kind = 'question'").run(title, id).changes === 1;
}

/** Questions numbered 1, 2, 3… in reading order (chapter by chapter), after one is added, moved or removed. */
export function renumberQuestions(db: Database): void {
  const ids = db
    .prepare(
      `SELECT q.id FROM themes q JOIN themes c ON c.id = q.parent_id
       WHERE q.kind = 'question' ORDER BY c.position, c.id, q.position, q.id`,
    )
    .all() as { id: number }[];
  const set = db.prepare('UPDATE themes SET number = ? WHERE id = ?');
  ids.forEach((row, i) => set.run(i + 1, row.id));
}

export function questionRow(db: Database, id: ThemeId): { parent_id: number; position: number } | undefined {
  return db.prepare("SELECT parent_id, position FROM themes WHERE id = ? AND kind = 'question'").get(id) as
    | { parent_id: number; position: number }
    | undefined;
}

export function siblingQuestions(db: Database, parentId: number): { id: number; position: number }[] {
  return db.prepare("SELECT id, position FROM themes WHERE parent_id = ? AND kind = 'question' ORDER BY position, id").all(parentId) as {
    id: number;
    position: number;
  }[];
}

export function setThemePosition(db: Database, id: number, position: number): void {
  db.prepare('UPDATE themes SET position = ? WHERE id = ?').run(position, id);
}

export function deleteTheme(db: Database, id: ThemeId): void {
  db.prepare('DELETE FROM themes WHERE id = ?').run(id);
}

export function setQuestionAnswer(db: Database, id: ThemeId, answerType: AnswerType, wordLimit: number | null): boolean {
  return db.prepare("UPDATE themes SET answer_type = ?, word_limit = ? WHERE id = ? AND kind = 'question'").run(answerType, wordLimit, id).changes === 1;
}
