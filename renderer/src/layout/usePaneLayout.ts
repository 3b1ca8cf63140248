import { useEffect, useState } from 'react';
import { parseLayout, type PaneLayout } from './paneLayout.ts';

// A preference of this computer's user, not part of any project, so it lives with the app, not in the project file.
const STORAGE_KEY = 'consultation-workbench.pane-layout.v1';

// Dragging a divider changes the layout at every pointer move; it is stored once the drag has stopped.
const STORE_AFTER_MS = 250;

function read(): PaneLayout {
  try {
    return parseLayout(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseLayout(null);
  }
}

function store(layout: PaneLayout): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Storage can be full or switched off; the layout still applies for this session.
  }
}

/** The pane layout, remembered between sessions. */
export function usePaneLayout(): [PaneLayout, (change: (layout: PaneLayout) => PaneLayout) => void] {
  const [layout, setLayout] = useState(read);
  const [initial] = useState(layout);
  useEffect(() => {
    if (layout === initial) return;
    const timer = window.setTimeout(() => store(layout), STORE_AFTER_MS);
    // Closing the window straight after a change still keeps it.
    const onPageHide = () => store(layout);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [layout, initial]);
  return [layout, setLayout];
}
