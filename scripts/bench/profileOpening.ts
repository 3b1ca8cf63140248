// Where the renderer's start-up goes: a CPU profile of opening the sample project in Chromium, from navigation until
// the draft is editable, for one or more builds of the renderer taking turns (median of PROFILE_RUNS, 5 by default).
// Each sample is traced back through the build's source maps to its source file, then summed: by library (zod,
// React, Lexical, ours, …), module evaluation, React's renders and commits, and our own functions (total time, with
// what they call; PROFILE_TOP=<n> lists more). Build each renderer with source maps first, e.g.
// `npx electron-vite build --sourcemap --outDir /tmp/profile-after` (an absolute outDir: the renderer's root is
// renderer/), then `node scripts/bench/profileOpening.ts after=/tmp/profile-after before=/tmp/profile-before`.
// The project is served by this checkout's services. Not part of the bench's table.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { startBridge } from '../../test/bridge/bridgeServer.ts';
import { percentile } from './figures.ts';
import { sourceMapLookup, type SourceMapLookup } from './sourceMapLookup.ts';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
type Frame = { file: string; name: string; kind: string; moduleTop: boolean };
type Sums = Map<string, number>;

const RUNS = Number(process.env['PROFILE_RUNS'] ?? 5);
const TOP = Number(process.env['PROFILE_TOP'] ?? 30);
// React's work on a root (rendering it) and its commit; sampled names from react-dom's source maps.
const RENDER = new Set(['performWorkOnRoot', 'renderRootSync', 'renderRootConcurrent', 'performSyncWorkOnRoot']);
const COMMIT = new Set(['commitRoot', 'commitRootImpl', 'flushLayoutEffects', 'flushPassiveEffects']);

/** Which part of the page a source file belongs to. */
function kindOf(file: string): string {
  if (['(program)', '(garbage collector)', '(idle)', '(root)'].includes(file)) return file;
  if (file.startsWith('(')) return 'browser'; // the browser's own functions (appendChild…), and Playwright's
  if (file.includes('node_modules/zod')) return 'zod';
  if (/node_modules\/(react-dom|scheduler)/.test(file)) return 'react-dom';
  if (file.includes('lexical')) return 'lexical';
  if (file.includes('node_modules')) return 'other libraries';
  if (/(^|\/)(renderer|shared)\//.test(file)) return 'ours';
  return 'browser';
}

/** Traces the profile's frames back to their sources through the build's source maps. */
function frameReader(rendererDir: string) {
  const maps = new Map<string, SourceMapLookup | null>();
  const mapOf = (asset: string) => {
    if (!maps.has(asset)) {
      let map: SourceMapLookup | null = null;
      try {
        map = sourceMapLookup(JSON.parse(readFileSync(join(rendererDir, 'assets', `${asset}.map`), 'utf8')));
      } catch {
        // No map (an inline script or the browser's own code): the frame is named as the profile names it.
      }
      maps.set(asset, map);
    }
    return maps.get(asset)!;
  };
  return (frame: CallFrame): Frame => {
    const asset = /\/assets\/([^/?#]+)$/.exec(frame.url)?.[1];
    // A module's top level: the nameless function at the very start of one of our script files.
    const moduleTop = !!asset && frame.functionName === '' && frame.lineNumber === 0 && frame.columnNumber === 0;
    const map = asset ? mapOf(asset) : null;
    if (!map) {
      const file = frame.url || `(${frame.functionName.replace(/[()]/g, '') || 'anonymous'})`;
      return { file, name: frame.functionName, kind: kindOf(file), moduleTop };
    }
    const at = map(frame.lineNumber, frame.columnNumber);
    const file = (at?.source ?? asset!).replace(/^.*?\/(?=(renderer\/src|shared|node_modules)\/)/, '');
    return { file, name: at?.name ?? frame.functionName, kind: kindOf(file), moduleTop };
  };
}

/** Opens the sample once with the profiler on, and sums its samples. */
async function profileOnce(browser: Browser, projectPath: string, rendererDir: string): Promise<Sums> {
  const project = openProject(projectPath);
  const bridge = await startBridge({ project, rendererDir });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(bridge.url);
    await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return summed(profile, frameReader(rendererDir));
  } finally {
    await page.close();
    await bridge.close();
    project.close();
  }
}

function summed(profile: Profile, read: (frame: CallFrame) => Frame): Sums {
  const frames = new Map(profile.nodes.map((n) => [n.id, read(n.callFrame)]));
  const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id] as const)));
  const sums: Sums = new Map([['from navigation to interactive', (profile.endTime - profile.startTime) / 1000]]);
  const add = (key: string, ms: number) => sums.set(key, (sums.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const self = frames.get(id)!;
    if (self.kind === '(idle)') return;
    const stack: Frame[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(frames.get(n)!);
    add('busy (not idle)', ms);
    add(`self time: ${self.kind}`, ms);
    if (stack.some((f) => f.kind === 'zod')) add('in zod (building and running schemas)', ms);
    if (stack.some((f) => f.moduleTop)) add('evaluating modules', ms);
    if (stack.some((f) => RENDER.has(f.name) || COMMIT.has(f.name))) add("React's renders and commits", ms);
    if (stack.some((f) => COMMIT.has(f.name))) add("React's commits (effects included)", ms);
    // Each of our functions once a sample, however deep it recurses.
    for (const key of new Set(stack.filter((f) => f.kind === 'ours').map((f) => `${f.file} ${f.name}`)))
      add(`ours: ${key}`, ms);
  });
  return sums;
}

const builds = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=', 2) : ['this build', arg];
  return { label: label!, rendererDir: join(dir!, 'renderer'), runs: [] as Sums[] };
});
if (!builds.length) throw new Error('Name a build of the renderer with source maps: <label>=<outDir>');
const dir = mkdtempSync(join(tmpdir(), 'cw-profile-opening-'));
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const sample = join(dir, 'sample.cwproj');
  await createSampleProject(sample, 'resources');
  // Timings on a shared machine drift from minute to minute, so the builds take turns.
  for (let i = 0; i < RUNS; i++)
    for (const build of builds) build.runs.push(await profileOnce(browser, sample, build.rendererDir));
  const median = (runs: Sums[], key: string) =>
    percentile(
      runs.map((r) => r.get(key) ?? 0),
      50,
    );
  const keys = [...new Set(builds.flatMap((b) => b.runs.flatMap((r) => [...r.keys()])))];
  const width = Math.max(...keys.filter((k) => !k.startsWith('ours: ')).map((k) => k.length));
  console.log(
    `ms, median of ${RUNS} openings of the sample each\n${''.padEnd(width)}${builds.map((b) => b.label.padStart(14)).join('')}`,
  );
  for (const key of keys.filter((k) => !k.startsWith('ours: ')).sort())
    console.log(`${key.padEnd(width)}${builds.map((b) => median(b.runs, key).toFixed(1).padStart(14)).join('')}`);
  const first = builds[0]!;
  console.log(`\nour functions by total time (with what they call), ${first.label}:`);
  const ours = keys.filter((k) => k.startsWith('ours: ')).map((k) => [k.slice(6), median(first.runs, k)] as const);
  for (const [key, ms] of ours.sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
