// Opening: from opening a project file to the first screen being interactive (the draft editable, the first source
// listed, the main thread free), through the test bridge in Chromium, for the sample project and generated projects
// of 2,000 and 20,000 sources (2,000 only in quick mode). Two figures each: the whole opening (services and page), and
// the renderer's cold start alone (a fresh page: from navigation to interactive, the script's load and parse, the
// API calls and the first render). The API calls are printed with their times and sizes: where the time goes.
// Also the script the first screen loads (the entry chunk and what it preloads), from the built out/renderer.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { startBridge } from '../../test/bridge/bridgeServer.ts';
import { generatedProject } from './generatedProject.ts';
import { percentile, since, type Figure, type Measurement } from './figures.ts';

type Call = { name: string; ms: number; kB: number };
/** Milestones of one opening, ms from the project file being opened. */
type Milestones = {
  bridgeReady: number;
  navigated: number;
  firstCallSent: number;
  pageLoaded: number;
  lastCallAnswered: number;
};

const RENDERER_DIR = 'out/renderer';

/** kB of script the first screen loads: index.html's module script and the chunks it preloads (not the lazy ones). */
function firstScreenScriptKB(): number {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((kB, file) => kB + statSync(join(RENDERER_DIR, file)).size / 1000, 0);
}

/** Opens `path` as the app would and times it to interactive; the median of `times` openings. */
async function timeToInteractive(
  browser: Browser,
  path: string,
  times: number,
): Promise<{ ms: number; coldStartMs: number; calls: Call[]; milestones: Milestones }> {
  const ms: number[] = [];
  const coldStart: number[] = [];
  let calls: Call[] = [];
  let milestones: Milestones = { bridgeReady: 0, navigated: 0, firstCallSent: 0, pageLoaded: 0, lastCallAnswered: 0 };
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const project = openProject(path);
    const bridge = await startBridge({ project, rendererDir: RENDERER_DIR });
    const bridgeReady = since(t0);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      const [first] = await project.sources.list();
      const navigated = since(t0);
      await page.goto(bridge.url);
      await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 300_000 });
      if (first) await page.getByText(first.title, { exact: true }).first().waitFor({ timeout: 300_000 });
      // Interactive: the page answers within a frame once everything above is on screen.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      ms.push(since(t0));
      coldStart.push(since(t0) - navigated);
      // The page's own clock starts at navigation: shift its times onto ours.
      const [loaded, firstCall, answered] = await page.evaluate(() => {
        const calls = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
        return [
          performance.getEntriesByType('navigation')[0]?.duration ?? 0,
          Math.min(...calls.map((e) => e.startTime)),
          Math.max(0, ...calls.map((e) => (e as PerformanceResourceTiming).responseEnd)),
        ];
      });
      milestones = {
        bridgeReady,
        navigated,
        firstCallSent: navigated + firstCall!,
        pageLoaded: navigated + loaded!,
        lastCallAnswered: navigated + answered!,
      };
      calls = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/'))
          .map((e) => ({
            name: e.name.replace(/.*\/api\//, ''),
            ms: Math.round(e.duration),
            kB: Math.round((e as PerformanceResourceTiming).transferSize / 1024),
          })),
      );
    } finally {
      await page.close();
      await bridge.close();
      project.close();
    }
  }
  return { ms: percentile(ms, 50), coldStartMs: percentile(coldStart, 50), calls, milestones };
}

export const opening: Measurement = {
  name: 'opening',
  async run({ quick }) {
    const times = quick ? 1 : 3;
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-opening-'));
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const sample = join(dir, 'sample.cwproj');
      await createSampleProject(sample, 'resources');
      const projects: [string, string][] = [['the sample project', sample]];
      for (const n of quick ? [2_000] : [2_000, 20_000])
        projects.push([`${n.toLocaleString('en-GB')} sources`, (await generatedProject(n)).path]);
      const scriptKB = firstScreenScriptKB();
      console.log(`the first screen loads ${scriptKB.toFixed(0)} kB of script`);
      const figures: Figure[] = [{ name: 'script loaded for the first screen', value: scriptKB, unit: 'kB' }];
      let floor: number | null = null;
      let coldFloor: number | null = null;
      for (const [label, path] of projects) {
        const { ms, coldStartMs, calls, milestones: m } = await timeToInteractive(browser, path, times);
        console.log(
          `opening ${label}: ${ms.toFixed(0)} ms (project and bridge open at ${m.bridgeReady.toFixed(0)} ms, page ` +
            `asked for at ${m.navigated.toFixed(0)} ms, script running and first API call sent at ` +
            `${m.firstCallSent.toFixed(0)} ms, page loaded at ${m.pageLoaded.toFixed(0)} ms, last API call answered ` +
            `at ${m.lastCallAnswered.toFixed(0)} ms; renderer cold start ${coldStartMs.toFixed(0)} ms); ` +
            `API calls: ${calls.map((c) => `${c.name} ${c.ms} ms ${c.kB} kB`).join(', ')}`,
        );
        figures.push({
          name: `renderer cold start, ${label} (navigation to interactive)`,
          value: coldStartMs,
          unit: 'ms',
          ...(coldFloor === null ? {} : { against: { name: 'the sample project', value: coldFloor } }),
          target: { text: '< 1 s', met: coldStartMs < 1000 },
        });
        coldFloor ??= coldStartMs;
        figures.push({
          name: `open ${label} to interactive`,
          value: ms,
          unit: 'ms',
          ...(floor === null ? {} : { against: { name: 'the sample project', value: floor } }),
          target: { text: '< 1 s', met: ms < 1000 },
        });
        floor ??= ms;
      }
      return figures;
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
