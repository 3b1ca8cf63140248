import type { WebFrameMain } from 'electron';

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
