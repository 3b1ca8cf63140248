import { parseLayout, type PaneLayout } from './paneLayout.ts';
import { createValueStore, useValueStore } from '../valueStore.ts';

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

// One layout for the window: the workspace, the header's toggles and the Sources pane's own split all read it.
const layoutStore = createValueStore<PaneLayout>(read());
const updateLayout = (change: (layout: PaneLayout) => PaneLayout) => layoutStore.set(change(layoutStore.get()));

let storeTimer: number | undefined;
layoutStore.subscribe(() => {
  window.clearTimeout(storeTimer);
  storeTimer = window.setTimeout(() => store(layoutStore.get()), STORE_AFTER_MS);
});
// Closing the window straight after a change still keeps it.
window.addEventListener('pagehide', () => {
  if (storeTimer !== undefined) store(layoutStore.get());
});

/** The pane layout, remembered between sessions, and a way to change it. */
export function usePaneLayout(): [PaneLayout, (change: (layout: PaneLayout) => PaneLayout) => void] {
  return [useValueStore(layoutStore), updateLayout];
}
