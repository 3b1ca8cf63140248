import { useEffect, useMemo, useState } from 'react';
import type { Source } from '../../../../shared/domain/source.ts';
import type { Quote } from '../../../../shared/domain/quote.ts';
import type { SourceVersionText } from '../../../../shared/domain/sourceVersion.ts';
import { call, messageOf } from '../../api/workbench.ts';

/** The reader is showing an earlier version than the current one: which, and of how many. */
export type OlderVersion = { version: number; of: number };

/**
 * The text the reader shows: the open source's current version, unless the quote in focus still cites an earlier
 * one ("Show in source" on a quote awaiting review, or kept in its old wording), which is then shown instead.
 */
export function useShownVersion(
  source: Source | null,
  focusQuote: Quote | null,
  say: (kind: 'error', text: string) => void,
): { shown: Source | null; older: OlderVersion | null } {
  const wanted =
    source && focusQuote && focusQuote.sourceId === source.id && focusQuote.sourceVersion !== source.currentVersion
      ? focusQuote.sourceVersion
      : null;
  const [loaded, setLoaded] = useState<SourceVersionText | null>(null);
  const sourceId = source?.id ?? null;
  // A later update changes how many versions there are: read again.
  const currentVersion = source?.currentVersion;
  useEffect(() => {
    if (wanted === null || sourceId === null) return;
    let live = true;
    call('getSourceVersion', { id: sourceId, version: wanted }).then(
      (v) => live && setLoaded(v),
      (error: unknown) => live && say('error', messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [sourceId, wanted, currentVersion, say]);

  return useMemo(() => {
    const ready = wanted !== null && loaded?.sourceId === sourceId && loaded?.version === wanted ? loaded : null;
    if (!source || !ready) return { shown: source, older: null };
    return {
      shown: { ...source, text: ready.text, blocks: ready.blocks },
      older: { version: ready.version, of: ready.of },
    };
  }, [source, sourceId, wanted, loaded]);
}
