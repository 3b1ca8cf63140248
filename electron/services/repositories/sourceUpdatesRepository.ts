import type { Database } from 'better-sqlite3';
import type { QuoteId, SourceId } from '../../../shared/ids.ts';
import type { QuoteFragment } from '../../../shared/domain/quote.ts';
import type { FragmentAnchor, ReanchorOutcome } from '../../../shared/quotes/reanchor.ts';
import type { ReviewDecision } from '../../../shared/domain/sourceVersion.ts';

export type SourceUpdate = {
  id: number;
  sourceId: SourceId;
  fromVersion: number;
  toVersion: number;
  updatedAt: string;
};

/** A quote as it was before an update (or a decision) moved it: the version it cited and its fragments there. */
export type QuoteAnchorState = { version: number; fragments: QuoteFragment[] };

export type Reanchor = {
  updateId: number;
  quoteId: QuoteId;
  outcome: ReanchorOutcome;
  before: QuoteAnchorState;
  proposed: FragmentAnchor[] | null;
  decision: ReviewDecision | null;
  decidedAt: string | null;
};

type UpdateRow = { id: number; source_id: number; from_version: number; to_version: number; updated_at: string };
type ReanchorRow = {
  update_id: number;
  quote_id: number;
  outcome: string;
  before: string;
  proposed: string | null;
  decision: string | null;
  decided_at: string | null;
};

const toUpdate = (r: UpdateRow): SourceUpdate => ({
  id: r.id,
  sourceId: r.source_id as SourceId,
  fromVersion: r.from_version,
  toVersion: r.to_version,
  updatedAt: r.updated_at,
});

const toReanchor = (r: ReanchorRow): Reanchor => ({
  updateId: r.update_id,
  quoteId: r.quote_id as QuoteId,
  outcome: r.outcome as ReanchorOutcome,
  before: JSON.parse(r.before) as QuoteAnchorState,
  proposed: r.proposed === null ? null : (JSON.parse(r.proposed) as FragmentAnchor[]),
  decision: r.decision as ReviewDecision | null,
  decidedAt: r.decided_at,
});

export function insertUpdate(db: Database, u: Omit<SourceUpdate, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO source_updates (source_id, from_version, to_version, updated_at) VALUES (?, ?, ?, ?)')
      .run(u.sourceId, u.fromVersion, u.toVersion, u.updatedAt).lastInsertRowid,
  );
}

export function findUpdate(db: Database, id: number): SourceUpdate | null {
  const row = db.prepare('SELECT * FROM source_updates WHERE id = ?').get(id) as UpdateRow | undefined;
  return row ? toUpdate(row) : null;
}

export function latestUpdateOf(db: Database, sourceId: SourceId): SourceUpdate | null {
  const row = db.prepare('SELECT * FROM source_updates WHERE source_id = ? ORDER BY id DESC LIMIT 1').get(sourceId) as
    UpdateRow | undefined;
  return row ? toUpdate(row) : null;
}

export function deleteUpdate(db: Database, id: number): void {
  db.prepare('DELETE FROM source_updates WHERE id = ?').run(id);
}

export function insertReanchor(db: Database, r: Omit<Reanchor, 'decision' | 'decidedAt'>): void {
  db.prepare('INSERT INTO quote_reanchors (update_id, quote_id, outcome, before, proposed) VALUES (?, ?, ?, ?, ?)').run(
    r.updateId,
    r.quoteId,
    r.outcome,
    JSON.stringify(r.before),
    r.proposed === null ? null : JSON.stringify(r.proposed),
  );
}

export function reanchorsOf(db: Database, updateId: number): Reanchor[] {
  return (
    db.prepare('SELECT * FROM quote_reanchors WHERE update_id = ? ORDER BY quote_id').all(updateId) as ReanchorRow[]
  ).map(toReanchor);
}

export function findReanchor(db: Database, updateId: number, quoteId: QuoteId): Reanchor | null {
  const row = db
    .prepare('SELECT * FROM quote_reanchors WHERE update_id = ? AND quote_id = ?')
    .get(updateId, quoteId) as ReanchorRow | undefined;
  return row ? toReanchor(row) : null;
}

/** The latest update's word on each quote that went to review (changed or gone), decided or not. */
export function latestReviews(db: Database, sourceId?: SourceId): Reanchor[] {
  const rows = db
    .prepare(
      `SELECT r.* FROM quote_reanchors r JOIN source_updates u ON u.id = r.update_id
       WHERE r.outcome != 'unchanged' AND (? IS NULL OR u.source_id = ?)
         AND r.update_id = (SELECT max(update_id) FROM quote_reanchors WHERE quote_id = r.quote_id)
       ORDER BY u.id, r.quote_id`,
    )
    .all(sourceId ?? null, sourceId ?? null) as ReanchorRow[];
  return rows.map(toReanchor);
}

export function setDecision(
  db: Database,
  updateId: number,
  quoteId: QuoteId,
  decision: ReviewDecision | null,
  decidedAt: string | null,
): void {
  db.prepare('UPDATE quote_reanchors SET decision = ?, decided_at = ? WHERE update_id = ? AND quote_id = ?').run(
    decision,
    decidedAt,
    updateId,
    quoteId,
  );
}

/** Every update of a source with every quote's re-anchoring and decision, oldest first: its whole review history. */
export function historyOf(db: Database, sourceId: SourceId): (SourceUpdate & { reanchors: Reanchor[] })[] {
  const rows = db.prepare('SELECT * FROM source_updates WHERE source_id = ? ORDER BY id').all(sourceId) as UpdateRow[];
  return rows.map((row) => ({ ...toUpdate(row), reanchors: reanchorsOf(db, row.id) }));
}

/** Puts an update and its re-anchorings back with the same ids and decisions (undoing a source's deletion). */
export function restoreUpdate(
  db: Database,
  update: SourceUpdate,
  reanchors: readonly Omit<Reanchor, 'updateId'>[],
): void {
  db.prepare(
    'INSERT INTO source_updates (id, source_id, from_version, to_version, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(update.id, update.sourceId, update.fromVersion, update.toVersion, update.updatedAt);
  for (const r of reanchors) {
    insertReanchor(db, { ...r, updateId: update.id });
    if (r.decision !== null) setDecision(db, update.id, r.quoteId, r.decision, r.decidedAt);
  }
}
