import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { secureWebPreferences, windowOpenDecision } from '../../electron/main/windowPolicy.ts';
import { loadAppState, saveAppState, withRecent } from '../../electron/main/appState.ts';

const dir = mkdtempSync(join(tmpdir(), 'shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the app window is locked down', () => {
  it('isolates the page from Node and Electron', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('never opens a window; only https addresses go to the browser', () => {
    expect(windowOpenDecision('https://www.gov.uk/government/consultations/send-review')).toEqual({
      openInBrowser: true,
    });
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'ms-word:ofe|u|x',
      'https://',
      'not a url',
      '',
    ]) {
      expect(windowOpenDecision(url), url).toEqual({ openInBrowser: false });
    }
  });

  it('has a strict content security policy: scripts and styles only from the app, no plugins, frames or forms', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const rules = new Map(
      csp
        .split(';')
        .map((r) => r.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(rules.get('default-src')).toEqual(["'self'"]);
    expect(rules.get('script-src')).toEqual(["'self'"]);
    expect(rules.get('object-src')).toEqual(["'none'"]);
    expect(rules.get('frame-src')).toEqual(["'none'"]);
    expect(rules.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('remembered window and recent projects', () => {
  it('starts from defaults when the state file is missing or damaged', () => {
    expect(loadAppState(join(dir, 'missing.json'))).toEqual({ recent: [], bounds: null, maximized: false });
    writeFileSync(join(dir, 'bad.json'), '{"recent": "not a list"');
    expect(loadAppState(join(dir, 'bad.json'))).toEqual({ recent: [], bounds: null, maximized: false });
  });

  it('keeps the window placement and the ten most recent projects, newest first, without repeats', () => {
    let state = loadAppState(join(dir, 'missing.json'));
    for (let i = 0; i < 12; i++) state = withRecent(state, `/p/${i}.cwproj`);
    state = withRecent(state, '/p/5.cwproj');
    expect(state.recent).toHaveLength(10);
    expect(state.recent.slice(0, 3)).toEqual(['/p/5.cwproj', '/p/11.cwproj', '/p/10.cwproj']);
    const path = join(dir, 'state.json');
    saveAppState(path, { ...state, bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true });
    expect(loadAppState(path)).toEqual({
      ...state,
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      maximized: true,
    });
  });
});
