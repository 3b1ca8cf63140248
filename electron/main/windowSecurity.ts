import { shell, type BrowserWindow, type Session, type WebFrameMain } from 'electron';

/** The only page our IPC answers: the app's own renderer (file:// when built, the dev server in development). */
export function isAppFrame(frame: WebFrameMain | null, appUrl: string): boolean {
  if (!frame) return false;
  try {
    const url = new URL(frame.url);
    const app = new URL(appUrl);
    return url.protocol === app.protocol && url.host === app.host && url.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** https links open in the user's browser; nothing opens or navigates inside the app. */
export function lockDownWindow(win: BrowserWindow): void {
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
