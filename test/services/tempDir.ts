import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cleanups: (() => void)[] = [];

/** Registers work for cleanUp(); the last registered runs first. */
export function onCleanUp(fn: () => void): void {
  cleanups.push(fn);
}

/** A fresh directory under the OS temp dir, removed by cleanUp(). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-test-'));
  onCleanUp(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Call from afterEach: closes what was opened, then removes temp dirs. */
export function cleanUp(): void {
  while (cleanups.length > 0) cleanups.pop()!();
}
