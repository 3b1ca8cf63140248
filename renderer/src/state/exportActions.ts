import { useCallback, useState } from 'react';
import { call, messageOf } from '../api/workbench.ts';
import { deliverExport } from '../saveDownload.ts';
import { useSay } from './hooks.ts';

export type ExportMethod = 'exportDocx' | 'exportEvidencePack' | 'exportQuotesCsv' | 'exportRefiQda';

function startMessage(method: ExportMethod): string {
  if (method === 'exportQuotesCsv') return 'Exporting quotes…';
  if (method === 'exportRefiQda') return 'Exporting the project for analysis tools…';
  return 'Exporting to Word…';
}

/** Runs one export at a time, saying when it starts and where the file went (or why it did not). */
export function useExports() {
  const say = useSay();
  const [exporting, setExporting] = useState(false);
  const run = useCallback(
    async (method: ExportMethod) => {
      setExporting(true);
      say('info', startMessage(method));
      try {
        say(
          'info',
          deliverExport(await (method === 'exportRefiQda' ? call(method, { format: 'qdpx' }) : call(method, {}))),
        );
      } catch (error) {
        say('error', messageOf(error));
      } finally {
        setExporting(false);
      }
    },
    [say],
  );
  return { exporting, run };
}
