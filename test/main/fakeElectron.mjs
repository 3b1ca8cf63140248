// A recording stand-in for the `electron` module, so the built main process can be loaded under plain Node.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const userData = process.env.FAKE_USER_DATA ?? mkdtempSync(join(tmpdir(), 'cw-fake-'));
export const record = {
  readyAt: null,
  events: [],
  windows: [],
  handlers: [],
  permissionAnswers: [],
  exitCode: null,
  quit: false,
  dialogs: [],
};
const log = (what) => record.events.push(what);
let ready;
const readyPromise = new Promise((r) => (ready = r));
export function fireReady() {
  record.readyAt = record.events.length;
  ready();
}

class Contents extends EventEmitter {
  session = { setSpellCheckerLanguages() {} };
  mainFrame = {};
  send() {}
  setWindowOpenHandler(fn) {
    this.openHandler = fn;
  }
}
const appEvents = new EventEmitter();
export const app = Object.assign(appEvents, {
  isPackaged: false,
  requestSingleInstanceLock: () => (log('lock'), true),
  on(name, fn) {
    log(`on:${name}`);
    return EventEmitter.prototype.on.call(appEvents, name, fn);
  },
  whenReady: () => readyPromise,
  getPath: () => userData,
  getAppPath: () => process.cwd(),
  exit(code) {
    record.exitCode = code;
  },
  quit() {
    record.quit = true;
  },
});
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new Contents();
    record.windows.push({ options });
    app.emit('web-contents-created', {}, this.webContents);
  }
  setTitle() {}
  loadURL(u) {
    this.url = u;
    return Promise.resolve();
  }
  loadFile(f) {
    this.file = f;
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  maximize() {}
}
export const ipcMain = {
  handle(channel) {
    record.handlers.push(channel);
  },
  on() {},
};
export const Menu = { setApplicationMenu() {}, buildFromTemplate: (t) => t };
export const session = {
  defaultSession: {
    setPermissionRequestHandler(fn) {
      fn(null, 'media', (answer) => record.permissionAnswers.push(answer));
    },
    setPermissionCheckHandler(fn) {
      record.permissionAnswers.push(fn());
    },
  },
};
export const dialog = {
  showErrorBox(title) {
    record.dialogs.push(title);
  },
  showMessageBox: async (o) => (record.dialogs.push(o.title), { response: 1 }),
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const shell = { openExternal: async () => {} };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const webUtils = {};
export const contextBridge = {};
export const ipcRenderer = {};
export default { app, BrowserWindow, ipcMain, Menu, session, dialog, shell, screen };
