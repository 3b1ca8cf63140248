import type { Database } from 'better-sqlite3';
import type { ChapterId, ChapterOrQuestionId, QuestionId } from '../../../shared/ids.ts';
import type { ConsultationItemKind, ConsultationItemWithCount } from '../../../shared/domain/consultation.ts';
import type { AnswerType } from '../../../shared/domain/answerTypes.ts';
import type { StoredConsultationItem } from '../../../shared/domain/consultationSnapshot.ts';

type ItemRow = {
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

function toItem(row: ItemRow): ConsultationItemWithCount {
  return {
    id: row.id as ChapterOrQuestionId,
    parentId: row.parent_id as ChapterOrQuestionId | null,
    kind: row.kind as ConsultationItemKind,
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
export function listItemsWithCounts(db: Database): ConsultationItemWithCount[] {
  const rows = db
    .prepare(
      `SELECT t.*, (SELECT count(*) FROM quote_themes qt WHERE qt.theme_id = t.id) AS quote_count
       FROM themes t ORDER BY t.parent_id IS NOT NULL, t.position, t.id`,
    )
    .all() as ItemRow[];
  return rows.map(toItem);
}

export function insertItem(
  db: Database,
  theme: {
    /** Given when a theme is put back (undo), so quotes and the draft find it again; otherwise SQLite picks one. */
    id?: ChapterOrQuestionId;
    parentId: ChapterOrQuestionId | null;
    kind: ConsultationItemKind;
    number: number | null;
    title: string;
    verified: boolean;
    wordLimit: number | null;
    position: number;
    topic?: string | null;
    summary?: string | null;
    answerType?: AnswerType;
  },
): ChapterOrQuestionId {
  const info = db
    .prepare(
      `INSERT INTO themes (id, parent_id, kind, number, title, verified, word_limit, position, topic, summary, answer_type)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      theme.id ?? null,
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
  return Number(info.lastInsertRowid) as ChapterOrQuestionId;
}

export function countExistingItems(db: Database, ids: readonly ChapterOrQuestionId[]): number {
  if (ids.length === 0) return 0;
  const row = db
    .prepare('SELECT count(*) AS n FROM themes WHERE id IN (SELECT value FROM json_each(?))')
    .get(JSON.stringify(ids)) as {
    n: number;
  };
  return row.n;
}

/**
 * Each question's BM25 score for one FTS5 phrase in its own wording and topic, as a positive number (higher is
 * better). The chapter summary it also carries is matched once per chapter by chapterScorer instead, so every
 * question in a chapter gets the same credit for it however short its own wording.
 */
export function questionScorer(db: Database): (phrase: string) => { id: QuestionId; score: number }[] {
  // Prepared once: a passage is scored one phrase at a time, tens of queries per suggestion.
  const statement = db.prepare(
    `SELECT t.id AS id, -bm25(themes_fts, 2.0, 4.0, 0.0) AS score
     FROM themes_fts JOIN themes t ON t.id = themes_fts.rowid
     WHERE themes_fts MATCH ? AND t.kind = 'question'`,
  );
  return (phrase) => statement.all(`{title topic} : ${phrase}`) as { id: QuestionId; score: number }[];
}

/**
 * BM25 of one FTS5 phrase against each chapter's title and summary, given to every question in that chapter:
 * what the chapter is about is evidence for each of its questions.
 */
export function chapterScorer(db: Database): (phrase: string) => { id: QuestionId; score: number }[] {
  const statement = db.prepare(
    `SELECT q.id AS id, -bm25(themes_fts, 1.0, 0.0, 1.0) AS score
     FROM themes_fts JOIN themes c ON c.id = themes_fts.rowid JOIN themes q ON q.parent_id = c.id AND q.kind = 'question'
     WHERE themes_fts MATCH ? AND c.kind = 'chapter'`,
  );
  return (phrase) => statement.all(`{title summary} : ${phrase}`) as { id: QuestionId; score: number }[];
}

/** Questions by id in reading order, to break ties between equal scores the same way every time. */
export function questionOrder(db: Database): QuestionId[] {
  return (
    db.prepare("SELECT id FROM themes WHERE kind = 'question' ORDER BY number, position, id").all() as {
      id: QuestionId;
    }[]
  ).map((r) => r.id);
}

export function updateQuestionWording(db: Database, id: QuestionId, title: string): boolean {
  return (
    db.prepare("UPDATE themes SET title = ?, verified = 1 WHERE id = ? AND kind = 'question'").run(title, id)
      .changes === 1
  );
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

export function siblingQuestions(db: Database, parentId: number): { id: number; position: number }[] {
  return db
    .prepare("SELECT id, position FROM themes WHERE parent_id = ? AND kind = 'question' ORDER BY position, id")
    .all(parentId) as {
    id: number;
    position: number;
  }[];
}

export function setItemPosition(db: Database, id: number, position: number): void {
  db.prepare('UPDATE themes SET position = ? WHERE id = ?').run(position, id);
}

export function deleteItem(db: Database, id: ChapterOrQuestionId): void {
  db.prepare('DELETE FROM themes WHERE id = ?').run(id);
}

export function setQuestionAnswer(
  db: Database,
  id: ChapterOrQuestionId,
  answerType: AnswerType,
  wordLimit: number | null,
): boolean {
  return (
    db
      .prepare("UPDATE themes SET answer_type = ?, word_limit = ? WHERE id = ? AND kind = 'question'")
      .run(answerType, wordLimit, id).changes === 1
  );
}

type FullItemRow = Omit<ItemRow, 'quote_count'> & { topic: string | null; summary: string | null };

function toStoredItem(row: FullItemRow): StoredConsultationItem {
  const { quoteCount: _, ...theme } = toItem({ ...row, quote_count: 0 });
  return { ...theme, topic: row.topic, summary: row.summary };
}

/** Every theme with the text it is matched on (topic, summary), for a snapshot that can be put back exactly. */
export function listStoredItems(db: Database): StoredConsultationItem[] {
  const rows = db.prepare('SELECT * FROM themes ORDER BY parent_id IS NOT NULL, position, id').all() as FullItemRow[];
  return rows.map(toStoredItem);
}

/** One chapter or question as stored, topic and summary included, so removing it can be undone exactly. */
export function storedItem(
  db: Database,
  id: ChapterOrQuestionId,
  kind: ConsultationItemKind,
): StoredConsultationItem | undefined {
  const row = db.prepare('SELECT * FROM themes WHERE id = ? AND kind = ?').get(id, kind) as FullItemRow | undefined;
  return row && toStoredItem(row);
}

export function deleteAllItems(db: Database): void {
  db.prepare('DELETE FROM themes').run();
}

/** [quote id, theme id] for every quote filed under a theme. */
export function listFilings(db: Database): [number, number][] {
  return (
    db.prepare('SELECT quote_id, theme_id FROM quote_themes ORDER BY quote_id, theme_id').all() as {
      quote_id: number;
      theme_id: number;
    }[]
  ).map((r) => [r.quote_id, r.theme_id]);
}

/** The quotes filed under one chapter or question. */
export function quotesFiledUnder(db: Database, itemId: ChapterOrQuestionId): number[] {
  return (
    db.prepare('SELECT quote_id FROM quote_themes WHERE theme_id = ? ORDER BY quote_id').all(itemId) as {
      quote_id: number;
    }[]
  ).map((r) => r.quote_id);
}

/** Files quotes under questions again, skipping any quote or question that is no longer there. */
export function restoreFilings(db: Database, filings: readonly [number, number][]): void {
  const file = db.prepare(
    'INSERT OR IGNORE INTO quote_themes (quote_id, theme_id) SELECT q.id, t.id FROM quotes q, themes t WHERE q.id = ? AND t.id = ?',
  );
  for (const [quoteId, itemId] of filings) file.run(quoteId, itemId);
}

export function countFilings(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM quote_themes').get() as { n: number }).n;
}

export function chapterExists(db: Database, id: number): boolean {
  return db.prepare("SELECT 1 FROM themes WHERE id = ? AND kind = 'chapter'").get(id) !== undefined;
}

export function listChapters(db: Database): { id: number; number: number | null; position: number }[] {
  return db.prepare("SELECT id, number, position FROM themes WHERE kind = 'chapter' ORDER BY position, id").all() as {
    id: number;
    number: number | null;
    position: number;
  }[];
}

export function updateChapterTitle(db: Database, id: ChapterId, title: string): boolean {
  return db.prepare("UPDATE themes SET title = ? WHERE id = ? AND kind = 'chapter'").run(title, id).changes === 1;
}

/** Moves a question into a chapter (its own or another) without renumbering; the caller renumbers. */
export function setQuestionChapter(db: Database, id: number, chapterId: number): void {
  db.prepare('UPDATE themes SET parent_id = ? WHERE id = ?').run(chapterId, id);
}

/** Chapters numbered 1, 2, 3… in order; an unnumbered closing group ("Other questions") stays unnumbered. */
export function renumberChapters(db: Database): void {
  const set = db.prepare('UPDATE themes SET number = ?, position = ? WHERE id = ?');
  let number = 0;
  listChapters(db).forEach((c, i) => set.run(c.number === null ? null : ++number, i, c.id));
}

/** The largest word limit any question has: what a new question starts with. */
export function usualWordLimit(db: Database): number | null {
  return (db.prepare("SELECT max(word_limit) AS w FROM themes WHERE kind = 'question'").get() as { w: number | null })
    .w;
}
