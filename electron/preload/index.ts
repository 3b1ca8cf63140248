import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, METHODS } from '../../shared/ipc/channels.ts';
import { EVENTS, MENU_COMMANDS, type MenuCommand, type WorkbenchEvents } from '../../shared/ipc/events.ts';
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
};

contextBridge.exposeInMainWorld('workbench', api);
contextBridge.exposeInMainWorld('workbenchEvents', events);
