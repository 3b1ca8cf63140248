import { useCallback } from 'react';
import type { InputOf } from '../../../shared/ipc/contract.ts';
import { call, messageOf } from '../api/workbench.ts';
import { deliverExport } from '../saveDownload.ts';
import { createValueStore, useValueStore } from '../valueStore.ts';
import { useSay } from './hooks.ts';

export type ExportMethod = 'exportDocx' | 'exportEvidencePack' | 'exportQuotesCsv' | 'exportRefiQda';

function startMessage(method: ExportMethod): string {
  if (method === 'exportQuotesCsv') return 'Exporting quotes…';
  if (method === 'exportRefiQda') return 'Exporting the project for analysis tools…';
  return 'Exporting to Word…';
}

// One export at a time for the whole window, whichever button or dialog started it. The buttons that start one stay
// enabled meanwhile (a disabled button drops the keyboard's focus to the page): a second request is refused here.
const exportingStore = createValueStore(false);

/** Runs one export at a time, saying when it starts and where the file went (or why it did not). */
export function useExports() {
  const say = useSay();
  const exporting = useValueStore(exportingStore);
  const run = useCallback(
    async <M extends ExportMethod>(method: M, input?: InputOf<M>) => {
      if (exportingStore.get()) {
        say('info', 'An export is already under way: wait for it to finish.');
        return;
      }
      exportingStore.set(true);
      say('info', startMessage(method));
      try {
        const given = input ?? (method === 'exportRefiQda' ? { format: 'qdpx' } : {});
        say('info', deliverExport(await call(method, given as InputOf<M>)));
      } catch (error) {
        say('error', messageOf(error));
      } finally {
        exportingStore.set(false);
      }
    },
    [say],
  );
  return { exporting, run };
}
