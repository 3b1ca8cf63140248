// Opening: from opening a project file to the first screen being interactive (the draft editable, the first source
// listed, the main thread free), through the test bridge in Chromium, for the sample project and generated projects
// of 2,000 sources with 1,000 quotes and 20,000 sources with 10,000 quotes, filed under the sample's questions (2,000
// only in quick mode). Three figures each: the whole opening (services and page), the renderer's cold start alone (a
// fresh page: from navigation to interactive, the script's load and parse, the API calls and the first render), and
// the time until every source and quote is read (a large project's first screen holds part of them; the rest is read
// after it, readRest.ts). The API calls are printed with their times and sizes: where the time goes. Also the script
// the first screen loads (the entry chunk and what it preloads), from the built out/renderer. With `--compare-with`,
// each other build opens the same project files, taking turns with this one.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import type * as ProjectServicesModule from '../../electron/services/project/projectServices.ts';
import type * as BridgeServer from '../../test/bridge/bridgeServer.ts';
import { generatedProject } from './generatedProject.ts';
import { fileQuotesIn } from './quotedProject.ts';
import { percentile, since, type Figure, type Measurement } from './figures.ts';

/** A build of the app: its own services and test bridge, serving its own built renderer. */
type Build = {
  label: string;
  openProject: typeof ProjectServicesModule.openProject;
  startBridge: typeof BridgeServer.startBridge;
  rendererDir: string;
};

async function loadBuild(label: string, dir: string): Promise<Build> {
  const load = <T>(path: string) => import(pathToFileURL(join(dir, path)).href) as Promise<T>;
  const { openProject } = await load<typeof ProjectServicesModule>('electron/services/project/projectServices.ts');
  const { startBridge } = await load<typeof BridgeServer>('test/bridge/bridgeServer.ts');
  return { label, openProject, startBridge, rendererDir: join(dir, RENDERER_DIR) };
}

type Call = { name: string; ms: number; kB: number };
/** Milestones of one opening, ms from the project file being opened. */
type Milestones = {
  bridgeReady: number;
  navigated: number;
  firstCallSent: number;
  pageLoaded: number;
  lastCallAnswered: number;
};
type Opening = { ms: number; coldStartMs: number; allReadMs: number; calls: Call[]; milestones: Milestones };

const RENDERER_DIR = 'out/renderer';
/** readRest.ts marks the page's timeline with this once every source and quote is read. */
const PROJECT_READ_MARK = 'workbench:project-read';

/** kB of script the first screen loads: index.html's module script and the chunks it preloads (not the lazy ones). */
function firstScreenScriptKB(): number {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((kB, file) => kB + statSync(join(RENDERER_DIR, file)).size / 1000, 0);
}

/**
 * Opens `path` as the app would and times it to interactive, and until every source and quote is read (the same as
 * interactive for a build that reads them all before its first screen).
 */
async function openOnce(browser: Browser, build: Build, path: string): Promise<Opening> {
  // The first source's title, to wait for: read before the clock starts.
  const before = build.openProject(path);
  const [first] = await before.sources.list();
  before.close();
  const t0 = performance.now();
  const project = build.openProject(path);
  const bridge = await build.startBridge({ project, rendererDir: build.rendererDir });
  const bridgeReady = since(t0);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const navigated = since(t0);
    await page.goto(bridge.url);
    await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 300_000 });
    if (first) await page.getByText(first.title, { exact: true }).first().waitFor({ timeout: 300_000 });
    // Interactive: the page answers within a frame once everything above is on screen.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const ms = since(t0);
    // Everything read: the page marks it (a build that reads the rest after its first screen says whether it is
    // still reading with aria-busy), or read it all before its first screen (earlier builds).
    const readsProgressively = await page.evaluate(() => !!document.querySelector('.source-browser[aria-busy]'));
    if (readsProgressively)
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PROJECT_READ_MARK, {
        timeout: 300_000,
      });
    const allReadMs = readsProgressively ? since(t0) : ms;
    // The page's own clock starts at navigation: shift its times onto ours.
    const [loaded, firstCall, answered] = await page.evaluate(() => {
      const calls = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
      return [
        performance.getEntriesByType('navigation')[0]?.duration ?? 0,
        Math.min(...calls.map((e) => e.startTime)),
        Math.max(0, ...calls.map((e) => (e as PerformanceResourceTiming).responseEnd)),
      ];
    });
    const calls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/'))
        .map((e) => ({
          name: e.name.replace(/.*\/api\//, ''),
          ms: Math.round(e.duration),
          kB: Math.round((e as PerformanceResourceTiming).transferSize / 1024),
        })),
    );
    return {
      ms,
      coldStartMs: ms - navigated,
      allReadMs,
      calls,
      milestones: {
        bridgeReady,
        navigated,
        firstCallSent: navigated + firstCall!,
        pageLoaded: navigated + loaded!,
        lastCallAnswered: navigated + answered!,
      },
    };
  } finally {
    await page.close();
    await bridge.close();
    project.close();
  }
}

/** The median of each figure over the openings (the calls and milestones of the last). */
function median(openings: Opening[]): Opening {
  const at = (pick: (o: Opening) => number) => percentile(openings.map(pick), 50);
  return {
    ...openings.at(-1)!,
    ms: at((o) => o.ms),
    coldStartMs: at((o) => o.coldStartMs),
    allReadMs: at((o) => o.allReadMs),
  };
}

export const opening: Measurement = {
  name: 'opening',
  async run({ quick, compareWith = [] }) {
    const times = quick ? 1 : 3;
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-opening-'));
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const builds = [
        await loadBuild('this build', '.'),
        ...(await Promise.all(compareWith.map(({ label, dir: other }) => loadBuild(`build ${label}`, other)))),
      ];
      const sample = join(dir, 'sample.cwproj');
      await createSampleProject(sample, 'resources');
      const projects: [string, string][] = [['the sample project', sample]];
      for (const n of quick ? [2_000] : [2_000, 20_000]) {
        const { path } = await generatedProject(n);
        await fileQuotesIn(path, n / 2);
        projects.push([`${n.toLocaleString('en-GB')} sources, ${(n / 2).toLocaleString('en-GB')} quotes`, path]);
      }
      const scriptKB = firstScreenScriptKB();
      console.log(`the first screen loads ${scriptKB.toFixed(0)} kB of script`);
      const figures: Figure[] = [{ name: 'script loaded for the first screen', value: scriptKB, unit: 'kB' }];
      let floor: number | null = null;
      let coldFloor: number | null = null;
      for (const [label, path] of projects) {
        // Timings on a shared machine drift from minute to minute, so the builds take turns.
        const runs = new Map<Build, Opening[]>(builds.map((b) => [b, []]));
        for (let i = 0; i < times; i++)
          for (const build of builds) runs.get(build)!.push(await openOnce(browser, build, path));
        const ours = median(runs.get(builds[0]!)!);
        for (const build of builds) {
          const { ms, coldStartMs, allReadMs, calls, milestones: m } = median(runs.get(build)!);
          const who = build === builds[0] ? '' : ` (${build.label})`;
          console.log(
            `opening ${label}${who}: ${ms.toFixed(0)} ms, everything read at ${allReadMs.toFixed(0)} ms (project and ` +
              `bridge open at ${m.bridgeReady.toFixed(0)} ms, page asked for at ${m.navigated.toFixed(0)} ms, script ` +
              `running and first API call sent at ${m.firstCallSent.toFixed(0)} ms, page loaded at ` +
              `${m.pageLoaded.toFixed(0)} ms, last API call answered at ${m.lastCallAnswered.toFixed(0)} ms; renderer ` +
              `cold start ${coldStartMs.toFixed(0)} ms); API calls: ${calls.map((c) => `${c.name} ${c.ms} ms ${c.kB} kB`).join(', ')}`,
          );
          if (build === builds[0]) continue;
          figures.push(
            {
              name: `open ${label} to interactive, ${build.label}`,
              value: ms,
              unit: 'ms',
              against: { name: 'this build', value: ours.ms },
            },
            {
              name: `open ${label} until everything is read, ${build.label}`,
              value: allReadMs,
              unit: 'ms',
              against: { name: 'this build', value: ours.allReadMs },
            },
          );
        }
        figures.push({
          name: `renderer cold start, ${label} (navigation to interactive)`,
          value: ours.coldStartMs,
          unit: 'ms',
          ...(coldFloor === null ? {} : { against: { name: 'the sample project', value: coldFloor } }),
          target: { text: '< 1 s', met: ours.coldStartMs < 1000 },
        });
        coldFloor ??= ours.coldStartMs;
        figures.push({
          name: `open ${label} to interactive`,
          value: ours.ms,
          unit: 'ms',
          ...(floor === null ? {} : { against: { name: 'the sample project', value: floor } }),
          target: { text: '< 1 s', met: ours.ms < 1000 },
        });
        floor ??= ours.ms;
        figures.push({
          name: `open ${label} until every source and quote is read`,
          value: ours.allReadMs,
          unit: 'ms',
          against: { name: 'interactive', value: ours.ms },
        });
      }
      return figures;
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
