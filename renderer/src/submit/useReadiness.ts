import { useEffect, useState } from 'react';
import type { ReadinessReport } from '../../../shared/readiness/readiness.ts';
import { call, messageOf } from '../api/workbench.ts';
import { useWorkbench } from '../state/workbench.ts';

/**
 * The readiness check, read afresh each time `open` turns true, after what is still being typed has been saved (so
 * it checks the draft as it is now). `report` is null while it is being read.
 */
export function useReadiness(open: boolean): { report: ReadinessReport | null; error: string | null } {
  const { editor } = useWorkbench();
  const [report, setReport] = useState<ReadinessReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void (async () => {
      setReport(null);
      try {
        await editor.current?.flushSave().catch(() => {});
        const next = await call('checkReadiness', {});
        if (live) {
          setReport(next);
          setError(null);
        }
      } catch (e) {
        if (live) setError(messageOf(e));
      }
    })();
    // Closed: the next opening starts from "Checking…", not from this check's buttons, which the dialog would focus
    // on opening and then take away (focus falling to the page) when the check is read again.
    return () => {
      live = false;
      setReport(null);
    };
  }, [open, editor]);
  return { report, error };
}
