import { useCallback, useMemo } from 'react';
import { call } from '../api/workbench.ts';
import { useWorkbench } from './workbench.ts';

/**
 * What a source's new version or a review decision needs from the window: the draft stored first (a re-anchoring
 * may rewrite quotations in it), then the sources, quotes, the open source and, if it changed, the draft read again.
 */
export function useVersionActions(reloadOpenSource: () => Promise<void>) {
  const { project, editor, selection } = useWorkbench();
  const flushDraft = useCallback(async () => {
    await editor.current?.flushSave();
  }, [editor]);
  const afterVersionChange = useCallback(
    async (draftChanged: boolean) => {
      await project.reload(['sources', 'quotes', 'consultation']);
      await reloadOpenSource();
      // A quote in focus may now cite an earlier version: the reader stays on the current one until asked.
      selection.selectSource(selection.get().sourceId);
      if (draftChanged) {
        const { content } = await call('getDraft', {});
        const { draft } = project.get();
        // A new generation loads the changed draft into a fresh editor.
        project.update({ draft: { content: content || draft.content, generation: draft.generation + 1 } });
      }
    },
    [project, reloadOpenSource, selection],
  );
  return useMemo(() => ({ flushDraft, afterVersionChange }), [flushDraft, afterVersionChange]);
}
