import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { CHANNELS, METHODS } from '../../shared/ipc/channels.ts';
import { createHandlers, type DeliveryHost } from '../services/api/handlers.ts';
import { dispatch } from '../services/api/dispatch.ts';
import { openOrCreateSampleProject } from '../services/project/sampleProject.ts';
import type { ProjectServices } from '../services/project/projectServices.ts';
import { denyAllPermissions, isAppFrame, lockDownWindow } from './windowSecurity.ts';

// The composition root: it only wires the services to windows, dialogs and IPC.
const PROJECT_FILE = 'Sample project.cwproj';

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

function rendererUrl(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devServer) return devServer;
  return new URL(`file://${join(import.meta.dirname, '../renderer/index.html')}`).href;
}

function saveDialogHost(getWindow: () => BrowserWindow | null): DeliveryHost {
  return {
    async deliverFile({ fileName, bytes }) {
      const win = getWindow();
      const options = {
        title: 'Export response to Word',
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      };
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      await writeFile(choice.filePath, bytes);
      return { status: 'saved', path: choice.filePath };
    },
  };
}

function createWindow(title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title,
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  lockDownWindow(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl());
  return win;
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  let project: ProjectServices;
  try {
    project = await openOrCreateSampleProject(join(app.getPath('userData'), PROJECT_FILE), resourcesDir());
  } catch (error) {
    dialog.showErrorBox('Consultation Workbench could not open the project', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  let win: BrowserWindow | null = null;
  const handlers = createHandlers(project, saveDialogHost(() => win));
  const appUrl = rendererUrl();
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame, appUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the app window.' } };
      }
      return dispatch(handlers, method, payload);
    });
  }
  win = createWindow(`${project.name()} – Consultation Workbench`);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow(`${project.name()} – Consultation Workbench`);
  });
  app.on('will-quit', () => project.close());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
void app.whenReady().then(start);
