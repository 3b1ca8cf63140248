import type { Database } from 'better-sqlite3';
import type { QuestionId, QuoteId, SourceId } from '../../../shared/ids.ts';
import type { Quote, QuoteFragment } from '../../../shared/domain/quote.ts';
import { currentVersionOf } from './sourceVersionsRepository.ts';

type QuoteRow = { id: number; source_id: number; source_version: number; note: string; created_at: string };
type FragmentRow = { quote_id: number; start_offset: number; end_offset: number; text: string; page: number | null };
type QuoteThemeRow = { quote_id: number; theme_id: number };

/** `afterId` and `limit` read the quotes a page at a time, in id order. */
export type QuoteFilter = {
  sourceId?: SourceId;
  questionId?: QuestionId;
  ids?: readonly QuoteId[];
  afterId?: QuoteId;
  limit?: number;
};

export function insertQuote(
  db: Database,
  quote: {
    id?: QuoteId;
    sourceId: SourceId;
    sourceVersion?: number;
    fragments: QuoteFragment[];
    questionIds: readonly QuestionId[];
    note: string;
    createdAt: string;
  },
): QuoteId {
  // An id is given only when undoing a delete, so the draft's quotation blocks point at it again.
  const info = db
    .prepare('INSERT INTO quotes (id, source_id, source_version, note, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(
      quote.id ?? null,
      quote.sourceId,
      quote.sourceVersion ?? currentVersionOf(db, quote.sourceId),
      quote.note,
      quote.createdAt,
    );
  const id = Number(info.lastInsertRowid) as QuoteId;
  const addFragment = db.prepare(
    'INSERT INTO quote_fragments (quote_id, position, start_offset, end_offset, text, page) VALUES (?, ?, ?, ?, ?, ?)',
  );
  quote.fragments.forEach((f, i) => addFragment.run(id, i, f.start, f.end, f.text, f.page));
  const fileUnder = db.prepare('INSERT OR IGNORE INTO quote_themes (quote_id, theme_id) VALUES (?, ?)');
  for (const questionId of quote.questionIds) fileUnder.run(id, questionId);
  return id;
}

export function listQuotes(db: Database, filter: QuoteFilter = {}): Quote[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.sourceId !== undefined) {
    where.push('q.source_id = ?');
    params.push(filter.sourceId);
  }
  if (filter.questionId !== undefined) {
    where.push('q.id IN (SELECT quote_id FROM quote_themes WHERE theme_id = ?)');
    params.push(filter.questionId);
  }
  if (filter.ids !== undefined) {
    where.push('q.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.afterId !== undefined) {
    where.push('q.id > ?');
    params.push(filter.afterId);
  }
  const sql = `SELECT q.id, q.source_id, q.source_version, q.note, q.created_at FROM quotes q
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY q.id LIMIT ?`;
  params.push(filter.limit ?? -1);
  const rows = db.prepare(sql).all(...params) as QuoteRow[];
  if (rows.length === 0) return [];

  const ids = JSON.stringify(rows.map((r) => r.id));
  const fragments = db
    .prepare(
      `SELECT quote_id, start_offset, end_offset, text, page FROM quote_fragments
       WHERE quote_id IN (SELECT value FROM json_each(?)) ORDER BY quote_id, position`,
    )
    .all(ids) as FragmentRow[];
  const themes = db
    .prepare(
      'SELECT quote_id, theme_id FROM quote_themes WHERE quote_id IN (SELECT value FROM json_each(?)) ORDER BY theme_id',
    )
    .all(ids) as QuoteThemeRow[];

  const byQuote = new Map<number, Quote>(
    rows.map((r) => [
      r.id,
      {
        id: r.id as QuoteId,
        sourceId: r.source_id as SourceId,
        sourceVersion: r.source_version,
        fragments: [],
        note: r.note,
        questionIds: [],
        createdAt: r.created_at,
      },
    ]),
  );
  for (const f of fragments) {
    byQuote.get(f.quote_id)?.fragments.push({ start: f.start_offset, end: f.end_offset, text: f.text, page: f.page });
  }
  for (const t of themes) byQuote.get(t.quote_id)?.questionIds.push(t.theme_id as QuestionId);
  return [...byQuote.values()];
}

export type FragmentCheckRow = {
  quote_id: number;
  source_id: number;
  source_version: number;
  position: number;
  start_offset: number;
  end_offset: number;
  text: string;
  source_text: string;
};

/**
 * Every fragment with the text of the source version its quote cites, for checking quotes against what the sources
 * say: a kept version's stored text, or the source's own text while it is the current version.
 */
export function* allFragmentsWithSourceText(db: Database): Generator<FragmentCheckRow> {
  yield* db
    .prepare(
      `SELECT f.quote_id, q.source_id, q.source_version, f.position, f.start_offset, f.end_offset, f.text,
         COALESCE(v.text, CASE WHEN s.current_version = q.source_version THEN s.text END, '') AS source_text
       FROM quote_fragments f JOIN quotes q ON q.id = f.quote_id JOIN sources s ON s.id = q.source_id
       LEFT JOIN source_versions v ON v.source_id = q.source_id AND v.version = q.source_version
       ORDER BY f.quote_id, f.position`,
    )
    .iterate() as Iterable<FragmentCheckRow>;
}

/** Moves a quote onto a version of its source: its fragments there and the version it now cites. */
export function setQuoteAnchor(db: Database, id: QuoteId, version: number, fragments: readonly QuoteFragment[]): void {
  db.prepare('UPDATE quotes SET source_version = ? WHERE id = ?').run(version, id);
  replaceFragments(db, id, fragments);
}

export function deleteQuote(db: Database, id: QuoteId): boolean {
  return db.prepare('DELETE FROM quotes WHERE id = ?').run(id).changes === 1;
}

export function replaceQuoteThemes(db: Database, id: QuoteId, questionIds: readonly QuestionId[]): void {
  db.prepare('DELETE FROM quote_themes WHERE quote_id = ?').run(id);
  const add = db.prepare('INSERT OR IGNORE INTO quote_themes (quote_id, theme_id) VALUES (?, ?)');
  for (const questionId of questionIds) add.run(id, questionId);
}

export function replaceFragments(db: Database, id: QuoteId, fragments: readonly QuoteFragment[]): void {
  db.prepare('DELETE FROM quote_fragments WHERE quote_id = ?').run(id);
  const add = db.prepare(
    'INSERT INTO quote_fragments (quote_id, position, start_offset, end_offset, text, page) VALUES (?, ?, ?, ?, ?, ?)',
  );
  fragments.forEach((f, i) => add.run(id, i, f.start, f.end, f.text, f.page));
}

export function updateQuoteNote(db: Database, id: QuoteId, note: string): boolean {
  return db.prepare('UPDATE quotes SET note = ? WHERE id = ?').run(note, id).changes === 1;
}
