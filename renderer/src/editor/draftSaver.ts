import { describeChanges, type BlockChanges, type DraftBlocks } from '../../../shared/draft/draftBlocks.ts';
import type { SavedDraft } from '../../../shared/ipc/contract.ts';
import { ApiFailure } from '../api/workbench.ts';

export type SaveDraftChanges = (input: {
  base: string | null;
  shell: string;
  blocks: BlockChanges;
}) => Promise<SavedDraft>;

function sameDraft(a: DraftBlocks, b: DraftBlocks): boolean {
  return (
    a.shell === b.shell && a.blocks.length === b.blocks.length && a.blocks.every((block, i) => block === b.blocks[i])
  );
}

/**
 * Sends drafts to the project as the blocks that changed since the last save it acknowledged, made to the revision
 * that save returned. The first save, and any after the project has lost or replaced that revision (a conflict),
 * sends every block. Callers save one draft at a time, so each change is made to the revision before it.
 */
export function createDraftSaver(saveChanges: SaveDraftChanges, opened: DraftBlocks) {
  let stored = opened;
  let revision: string | null = null;
  return {
    /** Whether the project already holds this draft (opening one, or typing and undoing, changes nothing). */
    holds: (draft: DraftBlocks) => sameDraft(draft, stored),

    /** Saves the draft (`whole`: every block, made to no earlier save) and resolves to when it was stored. */
    async save(draft: DraftBlocks, whole = false): Promise<string> {
      const send = (base: string | null) =>
        saveChanges({
          base,
          shell: draft.shell,
          blocks: base === null ? draft.blocks : describeChanges(stored.blocks, draft.blocks),
        });
      let saved: SavedDraft;
      try {
        saved = await send(whole ? null : revision);
      } catch (error) {
        if (whole || revision === null || !(error instanceof ApiFailure && error.code === 'conflict')) throw error;
        saved = await send(null);
      }
      stored = draft;
      revision = saved.revision;
      return saved.updatedAt;
    },
  };
}
