import type { Database } from 'better-sqlite3';
import type { Draft } from '../../shared/ipc/contract.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { SerializedEditorStateSchema } from '../../shared/draft/draftSchema.ts';
import { findDraft, upsertDraft } from './repositories/draftsRepository.ts';

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
  };
}
export type DraftsService = ReturnType<typeof createDraftsService>;
