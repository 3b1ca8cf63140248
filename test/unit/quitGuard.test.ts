import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardQuit } from '../../electron/main/quitGuard.ts';
import { createInFlightCalls } from '../../electron/main/inFlightCalls.ts';

/** Electron's quit as far as the guard sees it: before-quit, then will-quit, each of which may be prevented. */
function standInApp(log: string[], closingWindows = () => {}) {
  const events = new EventEmitter();
  const app = {
    on: (name: 'before-quit' | 'will-quit', fn: (e: { preventDefault(): void }) => void) => events.on(name, fn),
    quit() {
      for (const name of ['before-quit', 'will-quit'] as const) {
        if (name === 'will-quit') closingWindows();
        let prevented = false;
        events.emit(name, { preventDefault: () => (prevented = true) });
        if (prevented) return log.push(`${name} held`);
      }
      log.push('quit');
    },
  };
  return app;
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('quitting', () => {
  it('waits for the page to store what was typed, then closes the project, then quits', async () => {
    const log: string[] = [];
    const app = standInApp(log);
    guardQuit(
      app,
      async () => {
        await later(20);
        log.push('page stored');
      },
      () => false,
      () => log.push('project closed'),
    );
    app.quit();
    app.quit(); // a second Ctrl+Q while waiting changes nothing
    await later(50);
    expect(log).toEqual(['before-quit held', 'before-quit held', 'page stored', 'project closed', 'quit']);
  });

  it('never closes the project under a call still running when the windows have gone', async () => {
    const log: string[] = [];
    const inFlight = createInFlightCalls();
    // A call arrives as the windows close (the page's last save, an import from the menu) and is still running.
    let once = true;
    const app = standInApp(log, () => {
      if (once) void inFlight.track(later(30).then(() => log.push('import stored')));
      once = false;
    });
    guardQuit(
      app,
      () => inFlight.settled(),
      () => inFlight.busy,
      () => log.push('project closed'),
    );
    app.quit();
    await later(60);
    expect(log.indexOf('import stored')).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('import stored')).toBeLessThan(log.indexOf('project closed'));
    expect(log.at(-1)).toBe('quit');
  });
});
