import { useMemo } from 'react';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import type { ImportResult } from '../../../shared/ipc/contract.ts';
import { call, messageOf } from '../api/workbench.ts';
import { applyChange } from './change.ts';
import type { Workbench } from './workbench.ts';
import { useWorkbench } from './workbench.ts';
import { countOf } from '../../../shared/text/plural.ts';

/** What the writer does with sources as a whole: import, correct their details, delete (undoably). */
export function createSourceActions({ project, selection, notices }: Workbench) {
  const { say } = notices;
  return {
    /** A file has been imported: list it and open it. */
    imported(result: ImportResult): void {
      project.reload(['sources']).catch((error: unknown) => say('error', messageOf(error)));
      selection.selectSource(result.source.id);
    },
    detailsSaved(saved: SourceSummary): void {
      project.update({ sources: project.get().sources.map((s) => (s.id === saved.id ? saved : s)) });
      say('info', `Saved the details of “${saved.title}”.`);
    },
    async remove(summary: SourceSummary): Promise<void> {
      try {
        const deleted = await call('deleteSource', { id: summary.id });
        const n = deleted.quotes.length;
        await applyChange(
          {
            message: `Deleted “${summary.title}”${n ? ` and its ${countOf(n, 'quote')}` : ''}.`,
            undo: async () => {
              const restored = await call('restoreSource', { deleted });
              selection.selectSource(restored.id);
            },
            undoneMessage: `Restored “${summary.title}”.`,
            refresh: ['sources', 'quotes', 'consultation'],
          },
          project,
          notices,
        );
        selection.selectSource(project.get().sources[0]?.id ?? null);
      } catch (error) {
        say('error', messageOf(error));
      }
    },
  };
}

export function useSourceActions() {
  const workbench = useWorkbench();
  return useMemo(() => createSourceActions(workbench), [workbench]);
}
