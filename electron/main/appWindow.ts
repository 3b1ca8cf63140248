import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './windowPolicy.ts';
import { lockDownWindow } from './windowSecurity.ts';
import { attachContextMenu } from './contextMenu.ts';
import type { Rect } from './windowBounds.ts';

export type AppWindowOptions = {
  /** Where it was last, already checked against the displays present now; null for the default size. */
  placed: Rect | null;
  maximized: boolean;
  preloadPath: string;
  /** Keeps the placement for next time. */
  remember: (bounds: Rect, maximized: boolean) => void;
  /** Lets the page store what was typed (and calls under way finish) before the window goes. */
  settle: () => Promise<void>;
  /** Quitting has settled already, before the windows close. */
  isQuitting: () => boolean;
  load: (window: BrowserWindow) => void;
  onClosed: () => void;
};

/** The one app window: locked down, with the spelling menu, and closing only once the page has stored its work. */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const securePreferences = secureWebPreferences(options.preloadPath);
  const window = new BrowserWindow({
    ...(options.placed ?? { width: 1440, height: 900 }),
    minWidth: 900,
    minHeight: 600,
    title: 'Consultation Workbench',
    show: false,
    // Spelled out as well as spread, so static checkers (electronegativity) see the isolation at this call.
    webPreferences: { ...securePreferences, contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  window.webContents.session.setSpellCheckerLanguages(['en-GB']);
  lockDownWindow(window);
  attachContextMenu(window);
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  let settled = false;
  window.on('close', (event) => {
    options.remember(window.getNormalBounds(), window.isMaximized());
    if (settled || options.isQuitting()) return;
    event.preventDefault();
    void options.settle().then(() => {
      settled = true;
      window.close();
    });
  });
  window.on('closed', options.onClosed);
  options.load(window);
  return window;
}
