import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, METHODS } from '../../shared/ipc/channels.ts';
import type { WorkbenchApi } from '../../shared/ipc/contract.ts';

// Exactly one function per channel; the page never gets ipcRenderer itself.
const api = Object.fromEntries(
  METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input ?? {})]),
) as WorkbenchApi;

contextBridge.exposeInMainWorld('workbench', api);
