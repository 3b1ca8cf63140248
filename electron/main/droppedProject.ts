import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../../shared/ipc/events.ts';

/** A project path the page sent from a drop, checked before the app opens it; a message for the user otherwise. */
export function droppedProjectPath(payload: unknown): { ok: true; path: string } | { ok: false; message: string } {
  if (typeof payload !== 'string' || payload.length === 0 || payload.length > 4096 || payload.includes('\u0000')) {
    return { ok: false, message: 'That file could not be opened.' };
  }
  if (!payload.toLowerCase().endsWith(PROJECT_EXTENSION) || !isAbsolute(payload)) {
    return {
      ok: false,
      message: `Only project files (${PROJECT_EXTENSION}) can be opened this way; drop documents on the Sources pane to import them.`,
    };
  }
  const path = resolve(payload);
  if (!existsSync(path) || !statSync(path).isFile()) return { ok: false, message: `${path} is not there any more.` };
  return { ok: true, path };
}
