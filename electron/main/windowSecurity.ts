import { shell, type BrowserWindow, type Session } from 'electron';
import { windowOpenDecision } from './windowPolicy.ts';

/** https links open in the user's browser; nothing opens or navigates inside the app. */
export function lockDownWindow(win: BrowserWindow): void {
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url).openInBrowser) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
