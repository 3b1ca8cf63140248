import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { CHANNELS, METHODS } from '../../shared/ipc/channels.ts';
import { createHandlers, type AppHost, type Handlers } from '../services/api/handlers.ts';
import { dispatch } from '../services/api/dispatch.ts';
import { openOrCreateSampleProject } from '../services/project/sampleProject.ts';
import { createProjectFromTemplate } from '../services/project/newProject.ts';
import { templatesIn } from '../services/project/templateLibrary.ts';
import { PROJECT_EXTENSION, SHELL_CHANNELS } from '../../shared/ipc/events.ts';
import { droppedProjectPath } from './droppedProject.ts';
import { openProject, type ProjectServices } from '../services/project/projectServices.ts';
import { denyAllPermissions, lockDownWindow } from './windowSecurity.ts';
import { secureWebPreferences } from './windowPolicy.ts';
import { isAppFrame } from './appFrame.ts';
import { flushPage, NO_ANSWER_MESSAGE } from './pageFlush.ts';
import { buildAppMenu } from './appMenu.ts';
import { newProjectFromRefiQdaFile } from './refiQdaProject.ts';
import { attachContextMenu } from './contextMenu.ts';
import { listBackups, makeDailyBackup } from '../services/project/backups.ts';
import { loadAppState, saveAppState, withRecent, type AppState } from './appState.ts';

// The composition root: it only wires the services to windows, dialogs, menus and IPC.
const SAMPLE_PROJECT = `Sample project${PROJECT_EXTENSION}`;
const PROJECT_FILTERS = [{ name: 'Consultation Workbench project', extensions: [PROJECT_EXTENSION.slice(1)] }];

const statePath = () => join(app.getPath('userData'), 'state.json');
let state: AppState;
let project: ProjectServices | null = null;
let handlers: Handlers | null = null;
let win: BrowserWindow | null = null;

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

function rendererUrl(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devServer) return devServer;
  return new URL(`file://${join(import.meta.dirname, '../renderer/index.html')}`).href;
}

/** A project file named on the command line (or by the system, opening one), checked as a dropped one is. */
function projectArgument(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    const file = droppedProjectPath(resolve(arg));
    if (file.ok) return file.path;
  }
  return null;
}

// What the save dialog says and offers, by the kind of file being saved.
const SAVE_KINDS: Record<string, { title: string; filter: { name: string; extensions: string[] } }> = {
  csv: { title: 'Export as a spreadsheet', filter: { name: 'CSV spreadsheet', extensions: ['csv'] } },
  json: { title: 'Export the questions', filter: { name: 'Consultation (JSON)', extensions: ['json'] } },
  docx: { title: 'Export to Word', filter: { name: 'Word document', extensions: ['docx'] } },
  qdpx: { title: 'Export for NVivo, ATLAS.ti or MAXQDA', filter: { name: 'REFI-QDA project', extensions: ['qdpx'] } },
  qdc: { title: 'Export the questions as a codebook', filter: { name: 'REFI-QDA codebook', extensions: ['qdc'] } },
};

const saveDialogHost: AppHost = {
  templates: templatesIn(resourcesDir()),
  async deliverFile({ fileName, bytes }) {
    const kind = SAVE_KINDS[fileName.split('.').pop() ?? ''] ?? SAVE_KINDS['docx']!;
    const options = {
      title: kind.title,
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [kind.filter],
    };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await writeFile(choice.filePath, bytes);
    return { status: 'saved', path: choice.filePath };
  },
  async chooseNewProjectPath(suggestedName) {
    const options = {
      title: 'Save the new project as',
      defaultPath: join(app.getPath('documents'), `${suggestedName}${PROJECT_EXTENSION}`),
      filters: PROJECT_FILTERS,
    };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    return choice.filePath.toLowerCase().endsWith(PROJECT_EXTENSION)
      ? choice.filePath
      : `${choice.filePath}${PROJECT_EXTENSION}`;
  },
};

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildAppMenu(() => win, {
      newProject: () => void newProject(),
      newProjectFromRefiQda: () =>
        void newProjectFromRefiQdaFile({
          win,
          choosePath: async (name) => (await saveDialogHost.chooseNewProjectPath?.(name)) ?? null,
          switchTo,
        }),
      openProject: () => void chooseProject(),
      openRecent: (path) => void switchTo(path),
      saveCopy: () => void saveCopy(),
      recent: () => state.recent.filter((p) => existsSync(p)),
    }),
  );
}

/** Closes the open project (the page reloads against the new one); an error leaves the old one open. */
async function switchTo(
  path: string,
  open: () => Promise<ProjectServices> = async () => openProject(path),
): Promise<void> {
  let next: ProjectServices;
  try {
    next = await open();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [latest] = listBackups(path);
    if (latest) {
      const choice = await dialog.showMessageBox({
        type: 'error',
        title: 'The project could not be opened',
        message,
        detail: `The most recent automatic backup is ${latest}. Opening it leaves the damaged file untouched.`,
        buttons: ['Open the latest backup', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
      });
      if (choice.response === 0) await switchTo(latest);
      return;
    }
    dialog.showErrorBox('The project could not be opened', message);
    return;
  }
  // A daily copy beside the project; failing to make one must not stop the user working.
  makeDailyBackup(next.db, next.path).catch((e: unknown) => console.error('[backup]', e));
  // What the writer typed in the old project is stored in the old project before it closes; a save still
  // arriving later names the old project and is refused by the new one's handlers.
  await flushTheDraft();
  project?.close();
  project = next;
  handlers = createHandlers(next, saveDialogHost);
  state = withRecent(state, next.path);
  saveAppState(statePath(), state);
  refreshMenu();
  win?.setTitle(`${next.name()} – Consultation Workbench`);
  if (win) void win.loadURL(rendererUrl());
}

async function newProject(): Promise<void> {
  const choice = await dialog.showSaveDialog(win!, {
    title: 'New project',
    defaultPath: join(app.getPath('documents'), `Consultation response${PROJECT_EXTENSION}`),
    filters: PROJECT_FILTERS,
  });
  if (choice.canceled || !choice.filePath) return;
  const path = choice.filePath.toLowerCase().endsWith(PROJECT_EXTENSION)
    ? choice.filePath
    : `${choice.filePath}${PROJECT_EXTENSION}`;
  await switchTo(path, async () => {
    await createProjectFromTemplate(path, resourcesDir());
    return openProject(path);
  });
}

async function chooseProject(): Promise<void> {
  const choice = await dialog.showOpenDialog(win!, {
    title: 'Open project',
    properties: ['openFile'],
    filters: PROJECT_FILTERS,
  });
  const path = choice.filePaths[0];
  if (!choice.canceled && path) await switchTo(path);
}

function withoutExtension(path: string): string {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path.slice(0, -PROJECT_EXTENSION.length) : path;
}

/** A consistent copy through SQLite's backup API, safe while the app keeps writing. */
async function saveCopy(): Promise<void> {
  if (!project) return;
  const choice = await dialog.showSaveDialog(win!, {
    title: 'Save a copy',
    defaultPath: `${withoutExtension(project.path)} (copy)${PROJECT_EXTENSION}`,
    filters: PROJECT_FILTERS,
  });
  if (choice.canceled || !choice.filePath) return;
  try {
    await project.db.backup(choice.filePath);
  } catch (error) {
    dialog.showErrorBox('The copy could not be saved', error instanceof Error ? error.message : String(error));
  }
}

/** Asks the page to store what is pending, and tells the user if it could not confirm it did. */
async function flushTheDraft(): Promise<void> {
  const outcome = await flushPage(win?.webContents ?? null, ipcMain);
  if (outcome === 'no-answer') dialog.showErrorBox('Your last changes may not be saved', NO_ANSWER_MESSAGE);
}

function createWindow(): BrowserWindow {
  const bounds = state.bounds;
  const window = new BrowserWindow({
    ...(bounds ?? { width: 1440, height: 900 }),
    minWidth: 900,
    minHeight: 600,
    title: 'Consultation Workbench',
    show: false,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.webContents.session.setSpellCheckerLanguages(['en-GB']);
  lockDownWindow(window);
  attachContextMenu(window);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // Closing (and so quitting) waits for the page to store what was typed, before will-quit closes the project.
  let flushed = false;
  window.on('close', (event) => {
    state = { ...state, bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    saveAppState(statePath(), state);
    if (flushed) return;
    event.preventDefault();
    void flushTheDraft().then(() => {
      flushed = true;
      window.close();
    });
  });
  void window.loadURL(rendererUrl());
  return window;
}

async function start(): Promise<void> {
  state = loadAppState(statePath());
  denyAllPermissions(session.defaultSession);
  const appUrl = rendererUrl();
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame, appUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the app window.' } };
      }
      if (!handlers) return { ok: false, error: { code: 'not-found', message: 'No project is open.' } };
      return dispatch(handlers, method, payload);
    });
  }
  ipcMain.handle(SHELL_CHANNELS.openProjectFile, async (event, payload: unknown) => {
    if (!isAppFrame(event.senderFrame, appUrl))
      return { ok: false, message: 'This request did not come from the app window.' };
    const dropped = droppedProjectPath(payload);
    if (!dropped.ok) return dropped;
    // switchTo reports its own failures in a dialog and leaves the open project as it was.
    await switchTo(dropped.path);
    return { ok: true };
  });
  const requested = projectArgument(process.argv) ?? state.recent.find((p) => existsSync(p)) ?? null;
  await switchTo(requested ?? join(app.getPath('userData'), SAMPLE_PROJECT), () =>
    requested
      ? Promise.resolve(openProject(requested))
      : openOrCreateSampleProject(join(app.getPath('userData'), SAMPLE_PROJECT), resourcesDir()),
  );
  if (!project) {
    app.exit(1);
    return;
  }
  win = createWindow();
  win.setTitle(`${project.name()} – Consultation Workbench`);
}

// One running app: a second launch (e.g. double-clicking a project file) opens the file in this one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const path = projectArgument(argv);
    if (path) void switchTo(path);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => project?.close());
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(start);
}
