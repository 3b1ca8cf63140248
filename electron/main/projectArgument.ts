import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { droppedProjectPath } from './droppedProject.ts';

/** An argument as a path: GNOME passes `file:///…` URIs (the desktop file's %U); a plain path is relative to `cwd`. */
function asPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return null;
  return resolve(cwd, arg);
}

/**
 * The project file named on a command line (the app's own, or a second launch's, which Electron hands to the
 * running one), checked as a dropped one is. `args` leaves out the executable; `cwd` is where that launch started.
 */
export function projectArgument(args: readonly string[], cwd: string): string | null {
  for (const arg of args) {
    // Chromium's switches, and those Electron adds to a second instance's command line.
    if (arg.startsWith('-')) continue;
    const path = asPath(arg, cwd);
    const file = path === null ? null : droppedProjectPath(path);
    if (file?.ok) return file.path;
  }
  return null;
}
