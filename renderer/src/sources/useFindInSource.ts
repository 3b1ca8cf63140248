import { useCallback, useMemo, useState } from 'react';

/** Whether find-in-source is open, and how many times the writer has asked for it (each time, its box takes focus). */
export type FindInSource = { open: boolean; focusRequest: number; show: () => void; close: () => void };

/**
 * Find's state, held by the sources pane rather than the reader, so that it outlives the moment between choosing a
 * source and its text arriving, and the pane can close it when a source is opened at a passage of its own.
 */
export function useFindInSource(): FindInSource {
  const [state, setState] = useState({ open: false, focusRequest: 0 });
  const show = useCallback(() => setState((s) => ({ open: true, focusRequest: s.focusRequest + 1 })), []);
  const close = useCallback(() => setState((s) => (s.open ? { ...s, open: false } : s)), []);
  return useMemo(() => ({ ...state, show, close }), [state, show, close]);
}
