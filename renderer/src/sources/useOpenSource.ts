import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Source } from '../../../shared/domain/source.ts';
import { call, messageOf } from '../api/workbench.ts';
import { useLoadedSources, useSay, useSelection } from '../state/hooks.ts';

/**
 * The chosen source with its text, once read; its details follow the source list (edited details show at once).
 * `reload` reads it again, for when its text changes underneath (a new version of it). `failure` says why the chosen
 * source could not be read, so the reader says so instead of "Opening the text…" for good.
 */
export function useOpenSource(): [Source | null, () => Promise<void>, string | null] {
  const sourceId = useSelection((s) => s.sourceId);
  const sources = useLoadedSources();
  const say = useSay();
  const [loaded, setLoaded] = useState<Source | null>(null);
  const [failed, setFailed] = useState<{ sourceId: number; message: string } | null>(null);
  useEffect(() => {
    if (sourceId === null) return;
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
  const summary = sources.find((s) => s.id === sourceId);
  const source = useMemo(() => {
    if (!loaded || loaded.id !== sourceId) return null;
    return summary ? { ...loaded, ...summary } : loaded;
  }, [loaded, sourceId, summary]);
  return [source, reload, failed?.sourceId === sourceId ? failed.message : null];
}
