import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, screen, session, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { DeliverFile, ServicesConnection } from '../services/worker/servicesConnection.ts';
import { startServicesWorker } from './startServicesWorker.ts';
import { openOrCreateSampleProject } from '../services/project/sampleProject.ts';
import { createProjectFromTemplate } from '../services/project/newProject.ts';
import { EVENTS, PROJECT_EXTENSION } from '../../shared/ipc/events.ts';
import { droppedProjectPath } from './droppedProject.ts';
import { projectArgument } from './projectArgument.ts';
import { openProject, type ProjectServices } from '../services/project/projectServices.ts';
import { denyAllPermissions } from './windowSecurity.ts';
import { flushPage, NO_ANSWER_MESSAGE } from './pageFlush.ts';
import { buildAppMenu } from './appMenu.ts';
import { newProjectFromRefiQdaFile } from './refiQdaProject.ts';
import { listBackups, makeDailyBackup } from '../services/project/backups.ts';
import { loadAppState, saveAppState, withoutRecent, withRecent, type AppState } from './appState.ts';
import { withExtension } from './savePath.ts';
import { createInFlightCalls } from './inFlightCalls.ts';
import { guardQuit } from './quitGuard.ts';
import { placeOnScreen } from './windowBounds.ts';
import { IMPORT_FILTERS, importPaths } from './importPaths.ts';
import { DRAFT_FILTERS, readDraftFile } from './draftFile.ts';
import { createAppWindow } from './appWindow.ts';
import { routeIpc } from './ipcRoutes.ts';

// The composition root: it only wires the services to windows, dialogs, menus and IPC.
const SAMPLE_PROJECT = `Sample project${PROJECT_EXTENSION}`;
const PROJECT_FILTERS = [{ name: 'Consultation Workbench project', extensions: [PROJECT_EXTENSION.slice(1)] }];

const statePath = () => join(app.getPath('userData'), 'state.json');
let state: AppState;
let project: ProjectServices | null = null;
// The services run in a worker thread, so importing, exporting and saving never hold up menus and windows.
let services: ServicesConnection | null = null;
let win: BrowserWindow | null = null;
const inFlight = createInFlightCalls();
// A project the system asked to open (open-file, a second launch) before the first window was up.
let openWhenStarted: string | null = null;
let started = false;

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

/** By path, not a hand-built URL: `#`, `?`, `%` or a space in the install folder would break a `file://` string. */
function loadRenderer(window: BrowserWindow): void {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devServer) void window.loadURL(devServer);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

const showSave = (options: SaveDialogOptions) =>
  win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
const showOpen = (options: OpenDialogOptions) =>
  win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);

// What the save dialog says and offers, by the kind of file being saved.
const SAVE_KINDS: Record<string, { title: string; filter: { name: string; extensions: string[] } }> = {
  csv: { title: 'Export as a spreadsheet', filter: { name: 'CSV spreadsheet', extensions: ['csv'] } },
  json: { title: 'Export the questions', filter: { name: 'Consultation (JSON)', extensions: ['json'] } },
  docx: { title: 'Export to Word', filter: { name: 'Word document', extensions: ['docx'] } },
  qdpx: { title: 'Export for NVivo, ATLAS.ti or MAXQDA', filter: { name: 'REFI-QDA project', extensions: ['qdpx'] } },
  qdc: { title: 'Export the questions as a codebook', filter: { name: 'REFI-QDA codebook', extensions: ['qdc'] } },
};

const saveDialog: {
  deliverFile: DeliverFile;
  chooseNewProjectPath(suggestedName: string): Promise<string | null>;
} = {
  async deliverFile({ fileName, bytes }) {
    const kind = SAVE_KINDS[fileName.split('.').pop() ?? ''] ?? SAVE_KINDS['docx']!;
    const choice = await showSave({
      title: kind.title,
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [kind.filter],
    });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    const path = withExtension(choice.filePath, kind.filter.extensions[0]!);
    await writeFile(path, bytes);
    return { status: 'saved', path };
  },
  async chooseNewProjectPath(suggestedName: string): Promise<string | null> {
    const choice = await showSave({
      title: 'Save the new project as',
      defaultPath: join(app.getPath('documents'), `${suggestedName}${PROJECT_EXTENSION}`),
      filters: PROJECT_FILTERS,
    });
    return choice.canceled || !choice.filePath ? null : withExtension(choice.filePath, PROJECT_EXTENSION);
  },
};

function rememberState(next: AppState): void {
  state = next;
  saveAppState(statePath(), state);
  refreshMenu();
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildAppMenu(() => win, {
      newProject: () => void newProject(),
      newProjectFromRefiQda: () =>
        void newProjectFromRefiQdaFile({
          win,
          choosePath: (name) => saveDialog.chooseNewProjectPath(name),
          switchTo,
        }),
      openProject: () => void chooseProject(),
      openRecent: (path) => void switchTo(path),
      importSources: () => void importSources(),
      importDraft: () => void importDraft(),
      saveCopy: () => void saveCopy(),
      recent: () => state.recent.filter((p) => existsSync(p)),
    }),
  );
}

/** Asks the page to store what is pending, then waits for calls under way; tells the user if the page did not answer. */
async function settleThePage(): Promise<void> {
  const outcome = await flushPage(win?.webContents ?? null, ipcMain);
  if (outcome === 'no-answer') dialog.showErrorBox('Your last changes may not be saved', NO_ANSWER_MESSAGE);
  await inFlight.settled();
}

/** After an open fails: the user hears why, and may open the latest automatic backup instead. */
async function reportUnopenable(path: string, error: unknown): Promise<boolean> {
  const message = error instanceof Error ? error.message : String(error);
  // It leaves Open Recent, so a file that cannot be opened never stands between the user and the app again.
  if (state.recent.includes(path)) rememberState(withoutRecent(state, path));
  const [latest] = existsSync(path) ? listBackups(path) : [];
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
    return choice.response === 0 && switchTo(latest);
  }
  dialog.showErrorBox('The project could not be opened', `${path}\n\n${message}`);
  return false;
}

/** Opens `path` in place of the open project (the page reloads against it); true if it is open. */
async function switchTo(
  path: string,
  open: () => Promise<ProjectServices> = async () => openProject(path),
): Promise<boolean> {
  let next: ProjectServices;
  try {
    next = await open();
  } catch (error) {
    return reportUnopenable(path, error);
  }
  // A daily copy beside the project; failing to make one must not stop the user working. Tracked like a call,
  // so quitting right after opening waits for the copy instead of closing the database under it.
  inFlight.track(makeDailyBackup(next.db, next.path)).catch((e: unknown) => console.error('[backup]', e));
  // What the writer typed in the old project is stored in the old project before it closes, and the page is only
  // reloaded after that; a save still arriving later names the old project and is refused by the new one.
  await settleThePage();
  project?.close();
  project = next;
  // Not awaited: the page's calls queue behind the opening in the worker, so the window need not wait for it to start.
  services ??= startServicesWorker(saveDialog.deliverFile);
  services
    .open(next.path, resourcesDir())
    .catch((e: Error) => dialog.showErrorBox('The project could not be opened', e.message));
  rememberState(withRecent(state, next.path));
  win?.setTitle(`${next.name()} – Consultation Workbench`);
  if (win) loadRenderer(win);
  return true;
}

/** A project the system asks for (double-click, the Dock, a second launch): now, or once the window is up. */
function openRequested(path: string): void {
  if (started) void switchTo(path);
  else openWhenStarted = path;
}

async function newProject(): Promise<void> {
  const choice = await showSave({
    title: 'New project',
    defaultPath: join(app.getPath('documents'), `Consultation response${PROJECT_EXTENSION}`),
    filters: PROJECT_FILTERS,
  });
  if (choice.canceled || !choice.filePath) return;
  const path = withExtension(choice.filePath, PROJECT_EXTENSION);
  await switchTo(path, async () => {
    await createProjectFromTemplate(path, resourcesDir());
    return openProject(path);
  });
}

async function chooseProject(): Promise<boolean> {
  const choice = await showOpen({ title: 'Open project', properties: ['openFile'], filters: PROJECT_FILTERS });
  const path = choice.filePaths[0];
  return !choice.canceled && path !== undefined && switchTo(path);
}

/** The native dialog opens here: a file input clicked from a menu message has no user gesture and opens nothing. */
async function importSources(): Promise<void> {
  // The PDF reader starts while the user picks files, so the first PDF of the session reads as quickly as the next.
  void services?.call('prepareImport', {});
  const choice = await showOpen({
    title: 'Import sources',
    properties: ['openFile', 'multiSelections'],
    filters: IMPORT_FILTERS,
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  await importPaths(
    choice.filePaths,
    (file) =>
      services
        ? inFlight.track(services.call('importSource', file))
        : Promise.resolve({ ok: false, error: { code: 'not-found', message: 'No project is open.' } }),
    (progress) => win?.webContents.send(EVENTS.importProgressed, progress),
  );
}

/** Main reads the chosen file; the page imports it, so it can store what is typed first and ask before replacing. */
async function importDraft(): Promise<void> {
  const choice = await showOpen({ title: 'Import a draft', properties: ['openFile'], filters: DRAFT_FILTERS });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return;
  win?.webContents.send(EVENTS.draftFileChosen, await readDraftFile(path));
}

function withoutProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path.slice(0, -PROJECT_EXTENSION.length) : path;
}

/** A consistent copy through SQLite's backup API, safe while the app keeps writing. */
async function saveCopy(): Promise<void> {
  if (!project) return;
  const choice = await showSave({
    title: 'Save a copy',
    defaultPath: `${withoutProjectExtension(project.path)} (copy)${PROJECT_EXTENSION}`,
    filters: PROJECT_FILTERS,
  });
  if (choice.canceled || !choice.filePath) return;
  try {
    await project.db.backup(withExtension(choice.filePath, PROJECT_EXTENSION));
  } catch (error) {
    dialog.showErrorBox('The copy could not be saved', error instanceof Error ? error.message : String(error));
  }
}

const quitting = guardQuit(
  app,
  settleThePage,
  () => inFlight.busy,
  () => {
    project?.close();
    project = null;
    // Every call has settled by now; the worker closes its connection to the file and stops.
    const stopping = services;
    services = null;
    void stopping?.close().finally(() => stopping.terminate());
  },
);

/**
 * The project asked for (by the system or the command line), else the most recent one, else the sample project,
 * else one the user picks: a project that cannot be opened is reported and passed over, never a reason not to start.
 */
async function openFirstProject(): Promise<boolean> {
  const requested = openWhenStarted ?? projectArgument(process.argv.slice(1), process.cwd());
  openWhenStarted = null;
  const recent = state.recent.find((p) => existsSync(p)) ?? null;
  for (const path of new Set([requested, recent])) if (path !== null && (await switchTo(path))) return true;
  const sample = join(app.getPath('userData'), SAMPLE_PROJECT);
  if (await switchTo(sample, () => openOrCreateSampleProject(sample, resourcesDir()))) return true;
  return chooseProject();
}

async function start(): Promise<void> {
  state = loadAppState(statePath());
  denyAllPermissions(session.defaultSession);
  routeIpc({
    appContents: () => win?.webContents ?? null,
    services: () => services,
    inFlight,
    openProject: switchTo,
  });
  if (!(await openFirstProject())) {
    dialog.showErrorBox(
      'Consultation Workbench could not open a project',
      'No project could be opened, so the app will close.',
    );
    app.quit();
    return;
  }
  const window = createAppWindow({
    placed: placeOnScreen(
      state.bounds,
      screen.getAllDisplays().map((d) => d.workArea),
    ),
    maximized: state.maximized,
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    remember: (bounds, maximized) => {
      state = { ...state, bounds, maximized };
      saveAppState(statePath(), state);
    },
    settle: settleThePage,
    isQuitting: quitting.isQuitting,
    load: loadRenderer,
    onClosed: () => (win = null),
  });
  win = window;
  window.setTitle(`${project!.name()} – Consultation Workbench`);
  started = true;
  if (openWhenStarted) openRequested(openWhenStarted);
}

/** A failure while starting ends the process with a message, never a windowless app holding the single-instance lock. */
function failedToStart(error: unknown): void {
  console.error('[start]', error);
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Consultation Workbench could not start', message);
  app.exit(1);
}

// One running app: a second launch (e.g. double-clicking a project file) opens the file in this one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS hands over a double-clicked or dropped-on-the-Dock file this way, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const file = droppedProjectPath(path);
    if (file.ok) openRequested(file.path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectArgument(argv.slice(1), workingDirectory);
    if (path) openRequested(path);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(start).catch(failedToStart);
}
