import { useEffect, useRef, useState } from 'react';
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
  const reading = useRef(0);
  useEffect(() => {
    if (!open) return;
    const run = ++reading.current;
    void (async () => {
      setReport(null);
      try {
        await editor.current?.flushSave().catch(() => {});
        const next = await call('checkReadiness', {});
        if (run === reading.current) {
          setReport(next);
          setError(null);
        }
      } catch (e) {
        if (run === reading.current) setError(messageOf(e));
      }
    })();
  }, [open, editor]);
  return { report, error };
}
