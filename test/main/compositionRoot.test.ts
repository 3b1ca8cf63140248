// Loads the BUILT main process (out/main/index.js) under Node with a recording stand-in for `electron`.
// It shows the wiring; only a real Electron run shows real IPC, the sandboxed preload, dialogs and rendering.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels.ts';
import { SHELL_CHANNELS } from '../../shared/ipc/events.ts';

const MAIN = 'out/main/index.js';

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

type Recorded = {
  readyAt: number;
  events: string[];
  windows: { options: { webPreferences: Record<string, unknown> } }[];
  handlers: string[];
  permissionAnswers: boolean[];
  exitCode: number | null;
};

function runMain(): Recorded {
  const out = execFileSync(process.execPath, ['test/main/runMain.mjs'], { encoding: 'utf8' });
  return JSON.parse(out.split('@@RECORD')[1]!) as Recorded;
}

describe('the built main process', () => {
  beforeAll(() => {
    // `npm test` runs vitest before the build, so build here when out/ is missing or older than the sources.
    const stale =
      !existsSync(MAIN) || statSync(MAIN).mtimeMs < Math.max(newestSource('electron'), newestSource('shared'));
    if (stale) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
  }, 120_000);

  it('loads, takes the single-instance lock before ready, and opens one secure window', () => {
    const rec = runMain();
    expect(rec.events.indexOf('lock')).toBeGreaterThanOrEqual(0);
    expect(rec.events.indexOf('lock')).toBeLessThan(rec.readyAt);
    expect(rec.events.slice(0, rec.readyAt)).toContain('on:web-contents-created');
    expect(rec.windows).toHaveLength(1);
    expect(rec.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(rec.exitCode).toBeNull();
  });

  it('handles every contract channel and nothing else, and denies permissions', () => {
    const rec = runMain();
    // The flush answer is listened for only while main waits for one (pageFlush.ts), not handled.
    const expected = [...Object.values(CHANNELS), SHELL_CHANNELS.openProjectFile].sort();
    expect([...rec.handlers].sort()).toEqual(expected);
    expect(rec.permissionAnswers.every((a) => a === false)).toBe(true);
  });
});
