import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENTS, type MenuCommand } from '../../shared/ipc/events.ts';

export type MenuActions = {
  newProject: () => void;
  newProjectFromRefiQda: () => void;
  openProject: () => void;
  openRecent: (path: string) => void;
  importSources: () => void;
  importDraft: () => void;
  saveCopy: () => void;
  recent: () => string[];
};

function send(win: BrowserWindow | null, command: MenuCommand): void {
  win?.webContents.send(EVENTS.menuCommand, command);
}

/** The application menu: file actions run here; page actions are sent to the page, which owns them. */
export function buildAppMenu(getWindow: () => BrowserWindow | null, actions: MenuActions): Menu {
  const recent = actions.recent();
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: actions.newProject },
        { label: 'New Project from NVivo, ATLAS.ti or MAXQDA…', click: actions.newProjectFromRefiQda },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: actions.openProject },
        {
          label: 'Open Recent',
          enabled: recent.length > 0,
          submenu: recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
        },
        { type: 'separator' },
        { label: 'Import Sources…', accelerator: 'CmdOrCtrl+Shift+O', click: actions.importSources },
        { label: 'Import a Draft…', click: actions.importDraft },
        { label: 'Export to Word…', accelerator: 'CmdOrCtrl+E', click: () => send(getWindow(), 'export-docx') },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveCopy },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Source', accelerator: 'CmdOrCtrl+F', click: () => send(getWindow(), 'find-in-source') },
        {
          label: 'Search All Sources',
          accelerator: 'CmdOrCtrl+Shift+F',
          click: () => send(getWindow(), 'focus-search'),
        },
      ],
    },
    {
      label: '&View',
      submenu: [
        {
          label: 'Show or Hide Sources',
          accelerator: 'CmdOrCtrl+Shift+1',
          click: () => send(getWindow(), 'toggle-sources-pane'),
        },
        {
          label: 'Show or Hide Questions',
          accelerator: 'CmdOrCtrl+Shift+2',
          click: () => send(getWindow(), 'toggle-questions-pane'),
        },
        {
          label: 'Show or Hide Draft',
          accelerator: 'CmdOrCtrl+Shift+3',
          click: () => send(getWindow(), 'toggle-draft-pane'),
        },
        {
          label: 'Reading Mode',
          accelerator: 'F9',
          click: () => send(getWindow(), 'toggle-reading-mode'),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => send(getWindow(), 'show-shortcuts') },
        { role: 'about' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
