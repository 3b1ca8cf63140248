import { messageOf } from '../api/workbench.ts';
import type { NoticeStore } from './noticeStore.ts';
import type { ProjectStore, Slice } from './projectStore.ts';

/**
 * Something the writer did to quotes, sources or the consultation, already saved: what to tell them, how to take it
 * back (if it can be), and which parts of the project it altered, to be read again after it and after its undo.
 */
export type Change = {
  message: string;
  undo?: () => Promise<unknown>;
  refresh: readonly Slice[];
  /** Said once the undo has worked; "Undone." if not given. */
  undoneMessage?: string;
};

/** Shows a change: the altered parts read again, the message said, with an Undo button where it can be undone. */
export async function applyChange(change: Change, project: ProjectStore, notices: NoticeStore): Promise<void> {
  const { say } = notices;
  try {
    await project.reload(change.refresh);
  } catch (error) {
    say('error', messageOf(error));
    return;
  }
  const { undo } = change;
  const undoAction = undo
    ? {
        label: 'Undo',
        run: () => {
          undo()
            .then(() => project.reload(change.refresh))
            .then(
              () => say('info', change.undoneMessage ?? 'Undone.'),
              (error: unknown) => say('error', messageOf(error)),
            );
        },
      }
    : undefined;
  say('info', change.message, undoAction);
}
