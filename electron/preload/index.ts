import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, METHODS } from '../../shared/ipc/channels.ts';
import {
  EVENTS,
  MENU_COMMANDS,
  SHELL_CHANNELS,
  type DraftFileChosen,
  type ImportProgress,
  type MenuCommand,
  type WorkbenchEvents,
  type WorkbenchShell,
} from '../../shared/ipc/events.ts';
import type { WorkbenchApi } from '../../shared/ipc/contract.ts';

// Exactly one function per channel; the page never gets ipcRenderer itself.
const api = Object.fromEntries(
  METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input ?? {})]),
) as WorkbenchApi;

const events: WorkbenchEvents = {
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(EVENTS.menuCommand, handler);
    return () => ipcRenderer.removeListener(EVENTS.menuCommand, handler);
  },
  onImportProgress(listener) {
    const handler = (_event: IpcRendererEvent, progress: ImportProgress) => listener(progress);
    ipcRenderer.on(EVENTS.importProgressed, handler);
    return () => ipcRenderer.removeListener(EVENTS.importProgressed, handler);
  },
  onDraftFileChosen(listener) {
    const handler = (_event: IpcRendererEvent, file: DraftFileChosen) => listener(file);
    ipcRenderer.on(EVENTS.draftFileChosen, handler);
    return () => ipcRenderer.removeListener(EVENTS.draftFileChosen, handler);
  },
  onFlushRequest(listener) {
    flushers.add(listener);
    return () => flushers.delete(listener);
  },
};

// Main waits for this answer before it closes the project; a page with nothing to save answers at once.
const flushers = new Set<() => Promise<void>>();
ipcRenderer.on(EVENTS.flushRequest, (_event: IpcRendererEvent, id: unknown) => {
  if (typeof id !== 'number') return;
  void Promise.allSettled([...flushers].map((flush) => flush())).then(() =>
    ipcRenderer.send(SHELL_CHANNELS.flushed, { id }),
  );
});

// The page cannot see a dropped file's path (sandbox); the preload asks Electron for it, for this one use.
// (The page only ever passes a File from a drop event; the shared type avoids needing the DOM library.)
const shell: WorkbenchShell = {
  openProjectFile: (file) => ipcRenderer.invoke(SHELL_CHANNELS.openProjectFile, webUtils.getPathForFile(file as File)),
};

contextBridge.exposeInMainWorld('workbench', api);
contextBridge.exposeInMainWorld('workbenchShell', shell);
contextBridge.exposeInMainWorld('workbenchEvents', events);
