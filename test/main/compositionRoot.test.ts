// Loads the BUILT main process (out/main/index.js) under Node with a recording stand-in for `electron`, and plays
// what users and the system do (see scenarios.mjs). It shows the wiring; only a real Electron run shows real IPC,
// the sandboxed preload, native dialogs, rendering and the operating system's file associations.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels.ts';
import { SHELL_CHANNELS } from '../../shared/ipc/events.ts';
import { createProjectFromTemplate } from '../../electron/services/project/newProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';

const MAIN = 'out/main/index.js';
const dir = mkdtempSync(join(tmpdir(), 'cw-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newestSource(folder: string): number {
  return Math.max(
    0,
    ...readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

type Recorded = {
  readyAt: number;
  events: string[];
  windows: { options: Record<string, unknown> & { webPreferences: Record<string, unknown> } }[];
  handlers: string[];
  permissionAnswers: boolean[];
  exitCode: number | null;
  quit: boolean;
  dialogs: { title: string; content: string }[];
  loads: { url: string; file: string | null; exists: boolean }[];
  sent: { channel: string; args: { status?: string; fileName?: string }[] }[];
  saves: { project: string; text: string; ok: boolean; code: string | null }[];
  unhandled: string[];
  probes: Record<string, unknown>;
};

let runs = 0;
/** One run of the built app in a fresh user-data folder (`state` is its remembered state.json). */
function runMain(
  scenario: string,
  options: { env?: Record<string, string>; args?: string[]; state?: object; cwd?: string; main?: string } = {},
): Recorded & { userData: string } {
  const userData = join(dir, `user-data-${++runs}`);
  mkdirSync(userData);
  if (options.state) writeFileSync(join(userData, 'state.json'), JSON.stringify(options.state));
  const out = execFileSync(process.execPath, [join(process.cwd(), 'test/main/runMain.mjs'), scenario], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    cwd: options.cwd ?? process.cwd(),
    env: {
      ...process.env,
      FAKE_USER_DATA: userData,
      FAKE_ARGS: JSON.stringify(options.args ?? []),
      MAIN_JS: options.main ?? join(process.cwd(), MAIN),
      ...options.env,
    },
  });
  return { ...(JSON.parse(out.split('@@RECORD')[1]!) as Recorded), userData };
}

const sampleOf = (userData: string) => join(userData, 'Sample project.cwproj');
async function draftOf(path: string): Promise<string> {
  const project = openProject(path);
  try {
    return (await project.drafts.get()).content ?? '';
  } finally {
    project.close();
  }
}

let projectB: string;
let projectC: string;
const pdf = join(process.cwd(), 'test/fixtures/pdf/google-doc-document.pdf');

beforeAll(async () => {
  // `npm test` runs vitest before the build, so build here when out/ is missing or older than the sources.
  const stale =
    !existsSync(MAIN) || statSync(MAIN).mtimeMs < Math.max(newestSource('electron'), newestSource('shared'));
  if (stale) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
  projectB = join(dir, 'Our response #2 (50% done).cwproj');
  projectC = join(dir, 'Council reply.cwproj');
  await createProjectFromTemplate(projectB, 'resources');
  await createProjectFromTemplate(projectC, 'resources');
}, 120_000);

describe('the built main process starts', { timeout: 60_000 }, () => {
  it('takes the single-instance lock and listens for open-file before ready, and opens one secure window', () => {
    const rec = runMain('start');
    const beforeReady = rec.events.slice(0, rec.readyAt);
    expect(beforeReady).toContain('lock');
    expect(beforeReady).toContain('on:open-file');
    expect(beforeReady).toContain('on:web-contents-created');
    expect(rec.windows).toHaveLength(1);
    expect(rec.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(rec.exitCode).toBeNull();
  });

  it('handles every contract channel and nothing else, and denies permissions', () => {
    const rec = runMain('start');
    // The flush answer is listened for only while main waits for one (pageFlush.ts), not handled.
    const expected = [...Object.values(CHANNELS), SHELL_CHANNELS.openProjectFile].sort();
    expect([...rec.handlers].sort()).toEqual(expected);
    expect(rec.permissionAnswers.every((a) => a === false)).toBe(true);
  });

  it('refuses navigation and new windows', () => {
    const rec = runMain('navigate');
    expect(rec.probes['navigationPrevented']).toBe(true);
    expect(rec.probes['windowOpen']).toEqual(['deny', 'deny']);
  });

  it('still ends in a window when the recent project is damaged: says why, forgets it, opens the sample', () => {
    const damaged = join(dir, 'Damaged.cwproj');
    writeFileSync(damaged, 'this is not a database'.repeat(100));
    // The window was last on a second monitor that is not plugged in now.
    const rec = runMain('damagedRecent', {
      state: { recent: [damaged], bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false },
    });
    expect(rec.exitCode).toBeNull();
    expect(rec.windows).toHaveLength(1);
    expect(rec.dialogs.map((d) => d.title)).toContain('The project could not be opened');
    expect(rec.probes['shown']).toBe(sampleOf(rec.userData));
    const state = JSON.parse(readFileSync(join(rec.userData, 'state.json'), 'utf8')) as { recent: string[] };
    expect(state.recent).not.toContain(damaged);
    expect(rec.windows[0]!.options).toMatchObject({ width: 1440, height: 900 });
    expect(rec.windows[0]!.options['x']).toBeUndefined();
  });

  it("still ends in a window when the user cancels the offer of a damaged project's backup", () => {
    const damaged = join(dir, 'Offered.cwproj');
    writeFileSync(damaged, 'this is not a database'.repeat(100));
    mkdirSync(join(dir, 'Offered backups'));
    copyFileSync(projectC, join(dir, 'Offered backups', 'Offered 2026-11-30.cwproj'));
    const rec = runMain('damagedRecent', { state: { recent: [damaged] } });
    expect(rec.dialogs).toEqual([expect.objectContaining({ title: 'The project could not be opened' })]);
    expect(rec.windows).toHaveLength(1);
    expect(rec.probes['shown']).toBe(sampleOf(rec.userData));
  });

  it('quits with a message, rather than running on without a window, when starting throws', () => {
    const rec = runMain('start', { env: { FAKE_FAIL: 'permissions' } });
    expect(rec.windows).toHaveLength(0);
    expect(rec.exitCode).toBe(1);
    expect(rec.dialogs.map((d) => d.title)).toContain('Consultation Workbench could not start');
  });

  it('loads the page and answers it from an install folder with #, ?, % and a space in its name', () => {
    const install = join(dir, 'Work #1? 100% done');
    mkdirSync(install);
    execFileSync('cp', ['-r', 'out', install]);
    for (const linked of ['node_modules', 'resources'])
      execFileSync('ln', ['-s', join(process.cwd(), linked), join(install, linked)]);
    const rec = runMain('openFileBeforeReady', {
      cwd: install,
      main: join(install, MAIN),
      env: { PROJECT_B: projectB },
    });
    expect(rec.loads[0]).toMatchObject({ file: join(install, 'out/renderer/index.html'), exists: true });
    // The page's own calls are answered (the sender check does not read the URL).
    expect(rec.probes['shown']).toBe(projectB);
  });
});

describe('projects the system asks the app to open', { timeout: 60_000 }, () => {
  it('opens a project double-clicked before the app was ready (macOS open-file)', () => {
    const rec = runMain('openFileBeforeReady', { env: { PROJECT_B: projectB } });
    expect(rec.probes['shown']).toBe(projectB);
  });

  it('opens a file:// URI or a relative path from a second launch in the running app', () => {
    const rec = runMain('secondInstance', { env: { PROJECT_B: projectB, PROJECT_C: projectC } });
    expect(rec.windows).toHaveLength(1);
    expect(rec.probes['afterUri']).toBe(projectB);
    expect(rec.probes['afterPath']).toBe(projectC);
  });

  it('opens a file:// URI on its own command line', () => {
    const rec = runMain('damagedRecent', { args: [`file://${projectC.replaceAll(' ', '%20').replace('#', '%23')}`] });
    expect(rec.probes['shown']).toBe(projectC);
  });
});

describe('nothing typed is lost or lands in the wrong project', { timeout: 60_000 }, () => {
  it('stores typing in the project it was typed in before switching to another', async () => {
    const target = join(dir, 'Switch target.cwproj');
    await createProjectFromTemplate(target, 'resources');
    const rec = runMain('switchWithTyping', { env: { PROJECT_B: target } });
    const text = 'Typed in the first project just before switching';
    expect(await draftOf(sampleOf(rec.userData))).toContain(text);
    expect(await draftOf(target)).not.toContain(text);
  });

  it('stores typing before the window closes, then quits', async () => {
    const rec = runMain('closeWithTyping');
    expect(rec.quit).toBe(true);
    expect(rec.saves).toEqual([expect.objectContaining({ ok: true })]);
    expect(await draftOf(sampleOf(rec.userData))).toContain('Typed just before closing the window');
  });

  it('quits only after a save on its way and an import being parsed have been stored', async () => {
    const rec = runMain('quitWithSaveInFlight', { env: { IMPORT_FILE: pdf } });
    expect(rec.quit).toBe(true);
    expect(rec.probes['importResult']).toBe('ok');
    expect(rec.saves).toEqual([expect.objectContaining({ ok: true })]);
    expect(await draftOf(sampleOf(rec.userData))).toContain('Typed just before quitting');
    const project = openProject(sampleOf(rec.userData));
    const sources = await project.sources.list();
    project.close();
    expect(sources).toHaveLength((rec.probes['sourcesBefore'] as number) + 1);
  });
});

describe('save dialogs', { timeout: 60_000 }, () => {
  it('add .docx, .csv and .cwproj to a name typed without them', () => {
    const saveDir = join(dir, 'saved');
    mkdirSync(saveDir);
    runMain('saveWithoutExtension', { env: { SAVE_DIR: saveDir } });
    expect(readdirSync(saveDir).sort()).toEqual(['Copy for Sam.cwproj', 'Our response.docx', 'Quotes.csv']);
  });
});

describe('File › Import Sources…', { timeout: 60_000 }, () => {
  it('opens the dialog in main, imports the chosen file and tells the page', () => {
    const rec = runMain('importFromMenu', { env: { IMPORT_FILE: pdf } });
    const steps = rec.sent.filter((s) => s.channel === 'import:progressed').map((s) => s.args[0]!.status);
    expect(steps).toEqual(['importing', 'imported']);
    expect((rec.probes['sources'] as string[]).length).toBeGreaterThan(0);
  });
});

describe('File › Import a Draft…', { timeout: 60_000 }, () => {
  it('opens the dialog in main and gives the page the chosen file to import', () => {
    const draft = join(dir, 'Our draft.md');
    writeFileSync(draft, '## Q2\n\nPartnerships need real powers.\n');
    const rec = runMain('importDraftFromMenu', { env: { DRAFT_FILE: draft } });
    expect(rec.probes['draftFile']).toEqual({
      fileName: 'Our draft.md',
      text: '## Q2\n\nPartnerships need real powers.\n',
    });
  });
});
