import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Source } from '../../../shared/domain/source.ts';
import { call, messageOf } from '../api/workbench.ts';
import { useSay, useSelection, useSourceSummary } from '../state/hooks.ts';
import { useWorkbench } from '../state/workbench.ts';

/**
 * The chosen source with its text, once read; its details follow the source list (edited details show at once).
 * `reload` reads it again, for when its text changes underneath (a new version of it). `failure` says why the chosen
 * source could not be read, so the reader says so instead of "Opening the text…" for good.
 */
export function useOpenSource(): [Source | null, () => Promise<void>, string | null] {
  const sourceId = useSelection((s) => s.sourceId);
  const say = useSay();
  const { takeFirstSource } = useWorkbench();
  // Taken once: a later reader (the pane shown again) reads the source afresh, as it may have a new version by then.
  const [loaded, setLoaded] = useState<Source | null>(takeFirstSource);
  const [failed, setFailed] = useState<{ sourceId: number; message: string } | null>(null);
  // The source read with the first screen is not read again while it stays open.
  const readWithFirstScreen = useRef(loaded?.id ?? null);
  useEffect(() => {
    if (sourceId === null || sourceId === readWithFirstScreen.current) return;
    readWithFirstScreen.current = null;
    let current = true;
    call('getSource', { id: sourceId }).then(
      (source) => current && setLoaded(source),
      (error: unknown) => {
        if (!current) return;
        setFailed({ sourceId, message: messageOf(error) });
        say('error', messageOf(error));
      },
    );
    return () => {
      current = false;
    };
  }, [sourceId, say]);
  const reload = useCallback(async () => {
    if (sourceId !== null) setLoaded(await call('getSource', { id: sourceId }));
  }, [sourceId]);
  const summary = useSourceSummary(sourceId);
  const source = useMemo(() => {
    if (!loaded || loaded.id !== sourceId) return null;
    return summary ? { ...loaded, ...summary } : loaded;
  }, [loaded, sourceId, summary]);
  return [source, reload, failed?.sourceId === sourceId ? failed.message : null];
}
