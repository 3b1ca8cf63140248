// A recording stand-in for the `electron` module, so the built main process can be loaded under plain Node.
// It follows Electron's documented order of events for closing windows and quitting, and nothing more.
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
  loads: [],
  sent: [],
  unhandled: [],
};
const log = (what) => record.events.push(what);
let ready;
const readyPromise = new Promise((r) => (ready = r));
export function fireReady() {
  record.readyAt = record.events.length;
  log('ready');
  ready();
}

/** Answers the next dialog of each kind from these queues (the test's "user"); cancelled when empty. */
export const answers = { showSaveDialog: [], showOpenDialog: [], showMessageBox: [] };
/** Makes a page for contents that load the renderer (set by the run; see fakePage.mjs). */
export const pages = { create: null };

const preventable = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

let nextFrame = 1;
class Contents extends EventEmitter {
  session = { setSpellCheckerLanguages() {} };
  mainFrame = { processId: 1, routingId: nextFrame++, url: '' };
  destroyed = false;
  page = null;
  isDestroyed() {
    return this.destroyed;
  }
  send(channel, ...args) {
    record.sent.push({ channel, args });
    this.page?.receive(channel, ...args);
  }
  setWindowOpenHandler(fn) {
    (this.openHandlers ??= []).push(fn);
  }
  /** The page is replaced: the old one gets pagehide, a new one starts. */
  load(entry) {
    record.loads.push(entry);
    this.mainFrame.url = entry.url;
    this.page?.unload();
    this.page = pages.create?.(this) ?? null;
  }
}

const appEvents = new EventEmitter();
let quitting = false;
/** The windows open now, as the app made them. */
export const openWindows = [];
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
  // Electron: before-quit, then every window is asked to close (one refusing cancels the quit), then will-quit.
  quit() {
    log('quit()');
    const before = preventable();
    appEvents.emit('before-quit', before);
    if (before.prevented) return;
    quitting = true;
    for (const window of [...openWindows]) {
      if (!window.tryClose()) return void (quitting = false);
    }
    const will = preventable();
    appEvents.emit('will-quit', will);
    if (will.prevented) return void (quitting = false);
    record.quit = true;
    log('quit');
  },
});

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new Contents();
    openWindows.push(this);
    record.windows.push({ options });
    app.emit('web-contents-created', {}, this.webContents);
  }
  setTitle(title) {
    this.title = title;
  }
  loadURL(url) {
    let file = null;
    try {
      file = fileURLToPath(url);
    } catch {}
    this.webContents.load({ url, file, exists: file !== null && existsSync(file) });
    return Promise.resolve();
  }
  loadFile(file) {
    this.webContents.load({ url: pathToFileURL(file).href, file, exists: existsSync(file) });
    return Promise.resolve();
  }
  /** The close button: 'close' may be prevented; otherwise the window goes, and with the last one the app may. */
  close() {
    if (this.tryClose() && openWindows.length === 0 && !quitting) app.emit('window-all-closed');
  }
  tryClose() {
    const event = preventable();
    this.emit('close', event);
    if (event.prevented) return false;
    openWindows.splice(openWindows.indexOf(this), 1);
    this.webContents.page?.unload();
    this.webContents.page = null;
    this.webContents.destroyed = true;
    this.destroyed = true;
    this.emit('closed');
    return true;
  }
  isDestroyed() {
    return this.destroyed === true;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1440, height: 900 };
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  maximize() {}
}

const listeners = new EventEmitter();
export const handlers = new Map();
export const ipcMain = {
  handle(channel, fn) {
    record.handlers.push(channel);
    handlers.set(channel, fn);
  },
  on: (channel, fn) => listeners.on(channel, fn),
  removeListener: (channel, fn) => listeners.removeListener(channel, fn),
  /** What ipcRenderer.send from a page arrives as. */
  emitFrom: (contents, channel, payload) => listeners.emit(channel, { sender: contents }, payload),
};

export const menu = { template: [] };
export const Menu = {
  setApplicationMenu(template) {
    menu.template = template;
  },
  buildFromTemplate: (t) => t,
};
/** Clicks the application menu item labelled `label`, as a user would. */
export function clickMenu(label) {
  const find = (items) => {
    for (const item of items ?? []) {
      if (item.label === label) return item;
      const inner = find(item.submenu);
      if (inner) return inner;
    }
    return null;
  };
  const item = find(menu.template);
  if (!item) throw new Error(`No menu item "${label}"`);
  item.click();
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(fn) {
      if (process.env.FAKE_FAIL === 'permissions') throw new Error('The session could not be set up.');
      fn(null, 'media', (answer) => record.permissionAnswers.push(answer));
    },
    setPermissionCheckHandler(fn) {
      record.permissionAnswers.push(fn());
    },
  },
};
const answer = (kind, fallback) => answers[kind].shift() ?? fallback;
export const dialog = {
  showErrorBox(title, content) {
    record.dialogs.push({ title, content });
  },
  showMessageBox: async (...args) => {
    const o = args.at(-1);
    record.dialogs.push({ title: o.title, content: o.message });
    return answer('showMessageBox', { response: o.cancelId ?? 1 });
  },
  showSaveDialog: async () => answer('showSaveDialog', { canceled: true }),
  showOpenDialog: async () => answer('showOpenDialog', { canceled: true, filePaths: [] }),
};
export const shell = { openExternal: async () => {} };
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};
export const webUtils = {};
export const contextBridge = {};
export const ipcRenderer = {};
export default { app, BrowserWindow, ipcMain, Menu, session, dialog, shell, screen };
