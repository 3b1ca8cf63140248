import { ipcMain, type WebContents } from 'electron';
import { CHANNELS, METHODS } from '../../shared/ipc/channels.ts';
import { SHELL_CHANNELS } from '../../shared/ipc/events.ts';
import type { ServicesConnection } from '../services/worker/servicesConnection.ts';
import { isAppSender } from './appFrame.ts';
import { droppedProjectPath } from './droppedProject.ts';
import type { InFlightCalls } from './inFlightCalls.ts';

const REFUSED = 'This request did not come from the app window.';

/**
 * One handler per contract channel, answering only the app window's own page, and the shell's drop-a-project
 * channel. Every call is tracked, so a project is never closed under one.
 */
export function routeIpc(routes: {
  appContents: () => WebContents | null;
  services: () => Pick<ServicesConnection, 'call'> | null;
  inFlight: InFlightCalls;
  openProject: (path: string) => Promise<unknown>;
}): void {
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      if (!isAppSender(event, routes.appContents()))
        return { ok: false, error: { code: 'forbidden', message: REFUSED } };
      const services = routes.services();
      if (!services) return { ok: false, error: { code: 'not-found', message: 'No project is open.' } };
      return routes.inFlight.track(services.call(method, payload));
    });
  }
  ipcMain.handle(SHELL_CHANNELS.openProjectFile, async (event, payload: unknown) => {
    if (!isAppSender(event, routes.appContents())) return { ok: false, message: REFUSED };
    const dropped = droppedProjectPath(payload);
    if (!dropped.ok) return dropped;
    // Opening reports its own failures in a dialog and leaves the open project as it was.
    await routes.openProject(dropped.path);
    return { ok: true };
  });
}
