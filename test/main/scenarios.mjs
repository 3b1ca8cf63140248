// What a user and the system do to the running app, one scenario per run of runMain.mjs. Paths come from the test.
import { pathToFileURL } from 'node:url';
import { dirname, basename } from 'node:path';

const projectShown = async ({ page }) => (await page().call('getProject')).value?.path ?? null;

export const scenarios = {
  start: {},

  /** A page trying to navigate or open a window is refused, by every rule that applies to it. */
  navigate: {
    async run(ctx) {
      const [contents] = ctx.contents;
      const navigate = { defaultPrevented: false, preventDefault: () => (navigate.defaultPrevented = true) };
      contents.emit('will-navigate', navigate, 'https://example.org/');
      ctx.fake.record.probes.navigationPrevented = navigate.defaultPrevented;
      ctx.fake.record.probes.windowOpen = contents.openHandlers.map(
        (handler) => handler({ url: 'https://example.org/' }).action,
      );
    },
  },

  /** Double-clicking a project in the Finder before the app is ready (macOS sends open-file early). */
  openFileBeforeReady: {
    beforeReady(ctx) {
      const event = { preventDefault() {} };
      ctx.fake.app.emit('open-file', event, ctx.env.PROJECT_B);
    },
    async run(ctx) {
      ctx.fake.record.probes.shown = await projectShown(ctx);
    },
  },

  /** A second launch with a file:// URI (GNOME), then with a path relative to where it was started. */
  secondInstance: {
    async run(ctx) {
      const { PROJECT_B, PROJECT_C } = ctx.env;
      ctx.fake.app.emit(
        'second-instance',
        {},
        ['/opt/workbench', '--enable-crash-reporter', pathToFileURL(PROJECT_B).href],
        '/',
      );
      await ctx.until(() => ctx.page()?.project === PROJECT_B, 5000);
      ctx.fake.record.probes.afterUri = await projectShown(ctx);
      ctx.fake.app.emit('second-instance', {}, ['/opt/workbench', basename(PROJECT_C)], dirname(PROJECT_C));
      await ctx.until(() => ctx.page()?.project === PROJECT_C, 5000);
      ctx.fake.record.probes.afterPath = await projectShown(ctx);
    },
  },

  /** The recent project cannot be opened; the app still starts. */
  damagedRecent: {
    async run(ctx) {
      ctx.fake.record.probes.shown = await projectShown(ctx);
    },
  },

  /** Typing, then opening another project before autosave ran. */
  switchWithTyping: {
    async run(ctx) {
      ctx.page().type('Typed in the first project just before switching');
      ctx.fake.app.emit('second-instance', {}, ['/opt/workbench', ctx.env.PROJECT_B], '/');
      await ctx.until(() => ctx.page()?.project === ctx.env.PROJECT_B, 5000);
      await ctx.later(100);
    },
  },

  /** Typing, then the window's close button before autosave ran. */
  closeWithTyping: {
    async run(ctx) {
      ctx.page().type('Typed just before closing the window');
      ctx.fake.openWindows[0].close();
      await ctx.until(() => ctx.fake.record.quit, 8000);
    },
  },

  /** Ctrl+Q while a save is on its way from the page and an import is still being parsed in main. */
  quitWithSaveInFlight: {
    async run(ctx) {
      const page = ctx.page();
      ctx.fake.record.probes.sourcesBefore = (await page.call('listSources')).value.length;
      page.type('Typed just before quitting');
      void page.save(30);
      const bytes = new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(ctx.env.IMPORT_FILE)));
      const importing = page.call('importSource', { fileName: basename(ctx.env.IMPORT_FILE), bytes });
      ctx.fake.app.quit();
      const result = await importing;
      ctx.fake.record.probes.importResult = result.ok ? 'ok' : result.error.code;
      await ctx.until(() => ctx.fake.record.quit, 8000);
    },
  },

  /** Names typed without their extension in save dialogs (Linux returns them as typed). */
  saveWithoutExtension: {
    async run(ctx) {
      const { SAVE_DIR } = ctx.env;
      ctx.fake.answers.showSaveDialog.push({ canceled: false, filePath: `${SAVE_DIR}/Our response` });
      const exported = await ctx.page().call('exportDocx');
      ctx.fake.record.probes.exported = exported.ok ? exported.value : exported.error;
      ctx.fake.answers.showSaveDialog.push({ canceled: false, filePath: `${SAVE_DIR}/Quotes` });
      await ctx.page().call('exportQuotesCsv');
      ctx.fake.answers.showSaveDialog.push({ canceled: false, filePath: `${SAVE_DIR}/Copy for Sam` });
      ctx.fake.clickMenu('Save a Copy…');
      await ctx.later(300);
    },
  },

  /** File › Import Sources… with the mouse: main's dialog, then the page hears how each file went. */
  importFromMenu: {
    async run(ctx) {
      ctx.fake.answers.showOpenDialog.push({ canceled: false, filePaths: [ctx.env.IMPORT_FILE] });
      ctx.fake.clickMenu('Import Sources…');
      await ctx.until(() => ctx.fake.record.sent.some((s) => s.args[0]?.status === 'imported'), 8000);
      const sources = await ctx.page().call('listSources');
      ctx.fake.record.probes.sources = sources.ok ? sources.value.map((s) => s.title) : sources.error;
    },
  },

  /** File › Import a Draft…: main's dialog, then the page is given the file's name and bytes to import. */
  importDraftFromMenu: {
    async run(ctx) {
      ctx.fake.answers.showOpenDialog.push({ canceled: false, filePaths: [ctx.env.DRAFT_FILE] });
      ctx.fake.clickMenu('Import a Draft…');
      await ctx.until(() => ctx.fake.record.sent.some((s) => s.channel === 'draft:file-chosen'), 8000);
      const [file] = ctx.fake.record.sent.find((s) => s.channel === 'draft:file-chosen').args;
      ctx.fake.record.probes.draftFile = { fileName: file.fileName, text: new TextDecoder().decode(file.bytes) };
    },
  },
};
