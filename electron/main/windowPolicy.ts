/**
 * What the app window may do, as plain decisions (no Electron here, so they are tested directly):
 * its web preferences, and what happens when a page tries to open a window or navigate.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  } as const;
}

/** window.open and target=_blank links: never a new app window; a web address may open in the user's browser. */
export function windowOpenDecision(url: string): { openInBrowser: boolean } {
  try {
    const parsed = new URL(url);
    // Only https: not http (may be tampered with on the way), not file: or javascript: or a custom scheme.
    return { openInBrowser: parsed.protocol === 'https:' && parsed.hostname !== '' };
  } catch {
    return { openInBrowser: false };
  }
}
