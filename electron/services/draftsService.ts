import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { MAX_DRAFT_CHARS, type Draft, type SavedDraft } from '../../shared/ipc/contract.ts';
import { applyChanges, composeDraft, type BlockChanges } from '../../shared/draft/draftBlocks.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { SerializedEditorStateSchema } from '../../shared/draft/editorStateSchema.ts';
import { quotePlaces, withQuoteText, type DraftPlace } from '../../shared/draft/quotePlaces.ts';
import type { QuoteId } from '../../shared/ids.ts';
import {
  findDraft,
  findSnapshotContent,
  insertDraftVersion,
  listDraftVersions,
  upsertDraft,
  type DraftVersion,
} from './repositories/draftsRepository.ts';

function assertOneNode(block: string): void {
  let node: unknown;
  try {
    node = JSON.parse(block);
  } catch {
    throw new Error('a block is not valid JSON.');
  }
  if (
    typeof node !== 'object' ||
    node === null ||
    Array.isArray(node) ||
    typeof (node as { type?: unknown }).type !== 'string'
  ) {
    throw new Error('a block is not an editor node.');
  }
}

/** The draft's top-level blocks as last saved by autosave, named by a revision that autosave's next changes refer to. */
type SavedBlocks = { revision: string; blocks: string[] };

export function createDraftsService(db: Database, now: () => Date = () => new Date()) {
  let saved: SavedBlocks | null = null;

  /**
   * Every write to the draft goes through here, so the blocks autosave builds on are always the stored draft's:
   * autosave's own saves keep theirs, under a new revision; any other write drops them.
   */
  function write(content: string, updatedAt: string, kept: SavedBlocks | null): void {
    upsertDraft(db, content, updatedAt);
    saved = kept;
  }

  /** Stores the editor state as sent; it must at least be an editor state, so a bad write can't wipe a draft. */
  function store(content: string, kept: SavedBlocks | null): string {
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
    write(content, updatedAt, kept);
    return updatedAt;
  }

  return {
    async get(): Promise<Draft> {
      return findDraft(db);
    },

    async save(content: string): Promise<{ updatedAt: string }> {
      return { updatedAt: store(content, null) };
    },

    /**
     * Saves the draft from the blocks that changed since the save named `base` (every block when there is no base).
     * A base this service did not give, or no longer holds, is a conflict: the caller sends every block instead.
     */
    async saveChanges(base: string | null, shell: string, changes: BlockChanges): Promise<SavedDraft> {
      if (base !== null && saved?.revision !== base) {
        throw new AppError('conflict', 'The draft has changed since these edits were made; it needs saving whole.');
      }
      let blocks: string[];
      let content: string;
      try {
        // Each block sent must be one node on its own, so the blocks kept for the next save are the draft's blocks.
        for (const change of changes) if (typeof change === 'string') assertOneNode(change);
        blocks = applyChanges(base === null ? [] : saved!.blocks, changes);
        content = composeDraft({ shell, blocks });
      } catch (error) {
        throw new AppError('invalid-input', `The draft could not be saved: ${(error as Error).message}`);
      }
      if (content.length > MAX_DRAFT_CHARS)
        throw new AppError('invalid-input', 'The draft could not be saved: it is too long.');
      const revision = randomUUID();
      return { updatedAt: store(content, { revision, blocks }), revision };
    },

    /** Where the draft uses these quotes (every quotation block, under its heading). */
    async quotePlaces(ids: readonly QuoteId[]): Promise<DraftPlace[]> {
      return quotePlaces(findDraft(db).content, new Set(ids));
    },

    /**
     * Makes every quotation block of a quote show `text`, after the user accepted a new version's wording (or undid
     * that). Synchronous, so it can run inside the caller's transaction with the quote's own change. Returns how many
     * blocks changed; the page must reload the draft when any did.
     */
    setQuoteText(quoteId: QuoteId, text: string): number {
      const draft = findDraft(db);
      if (!draft.content) return 0;
      const { content, changed } = withQuoteText(draft.content, quoteId, text);
      if (changed) write(content, now().toISOString(), null);
      return changed;
    },

    async versions(): Promise<DraftVersion[]> {
      return listDraftVersions(db);
    },

    /** Keeps a named copy of the draft as it is now. */
    async createVersion(name: string): Promise<DraftVersion> {
      const draft = findDraft(db);
      if (!draft.content) throw new AppError('invalid-input', 'There is nothing in the draft to keep yet.');
      const createdAt = now().toISOString();
      const id = insertDraftVersion(db, name, draft.content, createdAt);
      return { id, name, createdAt };
    },

    /**
     * Replaces the draft with `content` (an imported draft, say), keeping `previous` (what the draft was) as a version
     * named `keepAs` in the same transaction, so the change can be undone by going back to it.
     */
    async replace(content: string, previous: string, keepAs: string): Promise<DraftVersion & { updatedAt: string }> {
      const updatedAt = now().toISOString();
      const id = db.transaction(() => {
        const kept = insertDraftVersion(db, keepAs, previous, updatedAt);
        write(content, updatedAt, null);
        return kept;
      })();
      return { id, name: keepAs, createdAt: updatedAt, updatedAt };
    },

    /**
     * Puts a version back as the draft. The draft it replaces is kept as a version first, in the same
     * transaction, so going back is itself undoable.
     */
    async restoreVersion(id: number): Promise<{ content: string; updatedAt: string }> {
      const content = findSnapshotContent(db, id);
      if (content === null) throw new AppError('not-found', 'That draft version is no longer in this project.');
      const updatedAt = now().toISOString();
      db.transaction(() => {
        const current = findDraft(db);
        if (current.content)
          insertDraftVersion(
            db,
            `Before going back (${updatedAt.slice(0, 16).replace('T', ' ')})`,
            current.content,
            updatedAt,
          );
        write(content, updatedAt, null);
      })();
      return { content, updatedAt };
    },
  };
}
export type DraftsService = ReturnType<typeof createDraftsService>;
