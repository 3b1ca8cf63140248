type Preventable = { preventDefault(): void };
/** The parts of Electron's `app` the guard uses, so it is tested with a stand-in. */
export type QuittingApp = {
  on(event: 'before-quit' | 'will-quit', listener: (event: Preventable) => void): unknown;
  quit(): void;
};

/**
 * Quitting first lets the page store what was typed and lets calls under way (a save, an import) finish, and only
 * then closes the project, so the database is never closed under a save. `settle` does the waiting (it has its own
 * time limit); `busy` says whether a call is still running when the windows have gone.
 */
export function guardQuit(
  app: QuittingApp,
  settle: () => Promise<void>,
  busy: () => boolean,
  closeProject: () => void,
): { isQuitting: () => boolean } {
  let state: 'running' | 'settling' | 'settled' = 'running';
  const settleThenQuit = () => {
    state = 'settling';
    void settle()
      .catch((error: unknown) => console.error('[quit]', error))
      .finally(() => {
        state = 'settled';
        app.quit();
      });
  };
  app.on('before-quit', (event) => {
    if (state === 'settled') return;
    event.preventDefault();
    if (state === 'running') settleThenQuit();
  });
  app.on('will-quit', (event) => {
    if (busy()) {
      event.preventDefault();
      settleThenQuit();
      return;
    }
    closeProject();
  });
  return { isQuitting: () => state !== 'running' };
}
