import type { Database } from 'better-sqlite3';
import type { ThemeId } from '../../../shared/ids.ts';
import type { ThemeKind, ThemeWithCount } from '../../../shared/domain/theme.ts';

type ThemeRow = {
  id: number;
  parent_id: number | null;
  kind: string;
  number: number | null;
  title: string;
  verified: number;
  word_limit: number | null;
  position: number;
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
  theme: { parentId: ThemeId | null; kind: ThemeKind; number: number | null; title: string; verified: boolean; wordLimit: number | null; position: number },
): ThemeId {
  const info = db
    .prepare(
      `INSERT INTO themes (parent_id, kind, number, title, verified, word_limit, position)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(theme.parentId, theme.kind, theme.number, theme.title, theme.verified ? 1 : 0, theme.wordLimit, theme.position);
  return Number(info.lastInsertRowid) as ThemeId;
}

export function countExistingThemes(db: Database, ids: readonly ThemeId[]): number {
  if (ids.length === 0) return 0;
  const row = db.prepare('SELECT count(*) AS n FROM themes WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(ids)) as {
    n: number;
  };
  return row.n;
}
