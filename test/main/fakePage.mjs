// A stand-in for the app's page, doing over the recorded IPC what the renderer and preload do around saving:
// it learns which project it shows, keeps what the writer typed until autosave, stores it when main asks
// (app:flush-request -> shell:flushed, after any save already on its way), and sends a last save on pagehide.
import { CHANNELS } from '../../shared/ipc/channels.ts';
import { EVENTS, SHELL_CHANNELS } from '../../shared/ipc/events.ts';
import { handlers, ipcMain, record } from './fakeElectron.mjs';

const SHELL = '{"root":{"children":[],"direction":null,"format":"","indent":0,"type":"root","version":1}}';
const paragraph = (text) =>
  JSON.stringify({
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    textFormat: 0,
    textStyle: '',
    version: 1,
  });

export class FakePage {
  project = null;
  pending = null;
  saving = Promise.resolve();
  constructor(contents) {
    this.contents = contents;
    // A page starts after loadFile returns, as a real one does.
    this.loaded = new Promise((r) => setImmediate(r))
      .then(() => this.call('getProject'))
      .then((r) => (this.project = r.ok ? r.value.path : null));
  }
  /** ipcRenderer.invoke: main's handler with the event Electron would give it. */
  async call(method, payload = {}) {
    const handler = handlers.get(CHANNELS[method]);
    const event = {
      sender: this.contents,
      senderFrame: this.contents.isDestroyed() ? null : this.contents.mainFrame,
    };
    return handler(event, payload);
  }
  type(text) {
    this.pending = text;
  }
  /** Autosave: everything typed, tagged with the project it was typed in. */
  save(delayMs = 0) {
    const text = this.pending;
    if (text === null) return this.saving;
    this.pending = null;
    const project = this.project;
    this.saving = new Promise((r) => setTimeout(r, delayMs)).then(async () => {
      const result = await this.call('saveDraftChanges', {
        project,
        base: null,
        shell: SHELL,
        blocks: [paragraph(text)],
      });
      record.saves.push({ project, text, ok: result.ok, code: result.ok ? null : result.error.code });
    });
    return this.saving;
  }
  receive(channel, id) {
    if (channel !== EVENTS.flushRequest) return;
    // The preload answers once every pending save is stored.
    setImmediate(async () => {
      await this.saving;
      await this.save();
      ipcMain.emitFrom(this.contents, SHELL_CHANNELS.flushed, { id });
    });
  }
  /** pagehide: what is still pending goes out, and nobody waits for it. */
  unload() {
    void this.save();
  }
}
