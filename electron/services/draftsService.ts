import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/ipc/contract.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { SerializedEditorStateSchema } from '../../shared/draft/draftSchema.ts';
import { findDraft, findSnapshotContent, insertSnapshot, listSnapshots, upsertDraft, type SnapshotSummary } from './repositories/draftsRepository.ts';

export function createDraftsService(db: Database, now: () => Date = () => new Date()) {
  return {
    async get(): Promise<Draft> {
      return findDraft(db);
    },

    /** Saves the editor state as sent; it must at least be an editor state, so a bad write can't wipe a draft. */
    async save(content: string): Promise<{ updatedAt: string }> {
      let parsed: unknown;
      try {
        parsed = JSON.parse(content);
      } catch {
        throw new AppError('invalid-input', 'The draft could not be saved: it is not valid JSON.');
      }
      if (!SerializedEditorStateSchema.safeParse(parsed).success) {
        throw new AppError('invalid-input', 'The draft could not be saved: it is not an editor document.');
      }
      const updatedAt = now().toISOString();
      upsertDraft(db, content, updatedAt);
      return { updatedAt };
    },

    async snapshots(): Promise<SnapshotSummary[]> {
      return listSnapshots(db);
    },

    /** Keeps a named copy of the draft as it is now. */
    async snapshot(name: string): Promise<SnapshotSummary> {
      const draft = findDraft(db);
      if (!draft.content) throw new AppError('invalid-input', 'There is nothing in the draft to keep yet.');
      const createdAt = now().toISOString();
      const id = insertSnapshot(db, name, draft.content, createdAt);
      return { id, name, createdAt };
    },

    /**
     * Puts a snapshot back as the draft. The draft it replaces is kept as a snapshot first, in the same
     * transaction, so going back is itself undoable.
     */
    async restoreSnapshot(id: number): Promise<{ content: string; updatedAt: string }> {
      const content = findSnapshotContent(db, id);
      if (content === null) throw new AppError('not-found', 'That snapshot is no longer in this project.');
      const updatedAt = now().toISOString();
      db.transaction(() => {
        const current = findDraft(db);
        if (current.content) insertSnapshot(db, `Before going back (${updatedAt.slice(0, 16).replace('T', ' ')})`, current.content, updatedAt);
        upsertDraft(db, content, updatedAt);
      })();
      return { content, updatedAt };
    },
  };
}
export type DraftsService = ReturnType<typeof createDraftsService>;
