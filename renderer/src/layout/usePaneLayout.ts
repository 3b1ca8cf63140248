import { useCallback, useState } from 'react';
import { parseLayout, type PaneLayout } from './paneLayout.ts';

// A preference of this computer's user, not part of any project, so it lives with the app, not in the project file.
const STORAGE_KEY = 'consultation-workbench.pane-layout.v1';

function read(): PaneLayout {
  try {
    return parseLayout(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseLayout(null);
  }
}

/** The pane layout, remembered between sessions. */
export function usePaneLayout(): [PaneLayout, (change: (layout: PaneLayout) => PaneLayout) => void] {
  const [layout, setLayout] = useState(read);
  const update = useCallback((change: (layout: PaneLayout) => PaneLayout) => {
    setLayout((current) => {
      const next = change(current);
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage can be full or switched off; the layout still applies for this session.
      }
      return next;
    });
  }, []);
  return [layout, update];
}
