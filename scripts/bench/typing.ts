// Typing side by side: the same keys at the same uneven pace into the same 100-page response (1,000 paragraphs,
// 500 quotations) in our app, its static copy (the floor: the browser's own editing of the same page), a
// ProseMirror editor and a bare Lexical editor. Key-to-paint p50/p95 as Chromium records it, and the main thread's
// time a key; in full mode also the empty draft beside its static copy (what the draft's length adds).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { startBridge } from '../../test/bridge/bridgeServer.ts';
import { rng } from './corpus.ts';
import { answerText, editorPages } from './editorPages.ts';
import { keyToPaintLatencies } from './keyLatency.ts';
import { emptyDraft, longDraft } from './longDraft.ts';
import { openOtherBuild } from './otherBuild.ts';
import { buildPeers } from './peers/buildPeers.ts';
import { percentile, type Figure, type Measurement } from './figures.ts';

const SENTENCE = 'Parent carers told us the local offer rarely reflects what is actually available in Anytown. ';

type Typed = { latencies: number[]; mainThreadMs: number };

/** Types `text` with the given gaps, returning each key's latency and the renderer's main-thread time a key. */
async function typeInto(browser: Browser, page: Page, text: string, gaps: number[]): Promise<Typed> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const before = await taskSeconds();
  const latencies = await keyToPaintLatencies(browser, page, async () => {
    for (const [i, ch] of [...text].entries()) {
      await page.keyboard.type(ch);
      await sleep(gaps[i]!);
    }
  });
  const mainThreadMs = ((await taskSeconds()) - before) * 1000;
  // Keys that went elsewhere, or nowhere, would not be the same work in every editor: the words must be there.
  const answer = await answerText(page);
  await page.close();
  if (!answer.startsWith(text.trim()))
    throw new Error(
      `The typed words are not at the start of question 12's answer in ${page.url()}: "${answer.slice(0, 80)}"`,
    );
  return { latencies, mainThreadMs: mainThreadMs / text.length };
}

export const typing: Measurement = {
  name: 'typing',
  async run({ quick, compareWith = [] }) {
    const rounds = quick ? 1 : 3;
    const text = quick ? SENTENCE.slice(0, 40) : SENTENCE.repeat(2);
    // A fast typist's uneven rhythm, the same for every editor: the pauses let the work that waits for typing to
    // settle (word counts, autosave) run, as it does for a real writer, so a key that lands on it shows.
    const pace = rng(11);
    const gaps = [...text].map(() => 60 + Math.round(pace() * 190));

    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-typing-'));
    const path = join(dir, 'long.cwproj');
    await createSampleProject(path, 'resources');
    const project = openProject(path);
    const [long, empty] = [await longDraft(project, 1000, 500), await emptyDraft(project)];
    const peersDir = await buildPeers();
    const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const open = editorPages(browser, bridge, project, peersDir);
    // Earlier builds, each typed into with the same long draft made in its own project (its quotations are its own).
    const others = await Promise.all(compareWith.map(({ label, dir }) => openOtherBuild(label, dir)));
    const otherEditors = Object.fromEntries(
      await Promise.all(
        others.map(async (other) => {
          const draft = await longDraft(other.project, 1000, 500);
          const pages = editorPages(browser, other.bridge, other.project, peersDir);
          return [`build ${other.label}`, () => pages.openApp(draft)] as const;
        }),
      ),
    );
    const editors = {
      floor: () => open.openStaticCopy(long),
      ours: () => open.openApp(long),
      ...otherEditors,
      prosemirror: () => open.openPeer('prosemirror', long),
      lexical: () => open.openPeer('lexical', long),
      ...(quick ? {} : { emptyFloor: () => open.openStaticCopy(empty), empty: () => open.openApp(empty) }),
    };
    const pooled = new Map<string, Typed[]>();
    try {
      // Timings on a shared machine drift from minute to minute, so the editors take turns and are pooled.
      for (let round = 1; round <= rounds; round++) {
        for (const [name, openEditor] of Object.entries(editors) as [string, () => Promise<Page>][]) {
          const typed = await typeInto(browser, await openEditor(), text, gaps);
          pooled.set(name, [...(pooled.get(name) ?? []), typed]);
          console.log(
            `typing round ${round}, ${name}: p50 ${percentile(typed.latencies, 50).toFixed(1)} ms, ` +
              `p95 ${percentile(typed.latencies, 95).toFixed(1)} ms, main thread ${typed.mainThreadMs.toFixed(1)} ms a key`,
          );
        }
      }
    } finally {
      await browser.close();
      for (const other of others) await other.close();
      await bridge.close();
      project.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(peersDir, { recursive: true, force: true });
    }

    const stats = (name: string) => {
      const runs = pooled.get(name)!;
      const all = runs.flatMap((r) => r.latencies);
      const mainThread = runs.reduce((n, r) => n + r.mainThreadMs, 0) / runs.length;
      return { p50: percentile(all, 50), p95: percentile(all, 95), mainThread, keys: all.length };
    };
    const label = { floor: 'static copy (floor)', prosemirror: 'ProseMirror', lexical: 'bare Lexical' } as const;
    const ours = stats('ours');
    const figures: Figure[] = [];
    for (const peer of ['floor', 'prosemirror', 'lexical'] as const) {
      const other = stats(peer);
      const target = (p: 'p50' | 'p95') =>
        peer === 'floor'
          ? { target: { text: '≤ 1.15× the floor', met: ours[p] <= 1.15 * other[p] } }
          : peer === 'prosemirror' && p === 'p95'
            ? { target: { text: '≤ ProseMirror', met: ours.p95 <= other.p95 } }
            : {};
      for (const p of ['p50', 'p95'] as const)
        figures.push({
          name: `100 pages, key to paint ${p} (${ours.keys} keys)`,
          value: ours[p],
          unit: 'ms',
          against: { name: label[peer], value: other[p] },
          ...target(p),
        });
      figures.push({
        name: '100 pages, main thread a key',
        value: ours.mainThread,
        unit: 'ms',
        against: { name: label[peer], value: other.mainThread },
      });
    }
    for (const { label } of others) {
      const other = stats(`build ${label}`);
      for (const p of ['p50', 'p95'] as const)
        figures.push({
          name: `100 pages, key to paint ${p}`,
          value: ours[p],
          unit: 'ms',
          against: { name: `build ${label}`, value: other[p] },
        });
      figures.push({
        name: '100 pages, main thread a key',
        value: ours.mainThread,
        unit: 'ms',
        against: { name: `build ${label}`, value: other.mainThread },
      });
    }
    if (!quick) {
      const [e, ef] = [stats('empty'), stats('emptyFloor')];
      for (const p of ['p50', 'p95'] as const)
        figures.push({
          name: `empty draft, key to paint ${p}`,
          value: e[p],
          unit: 'ms',
          against: { name: 'its static copy', value: ef[p] },
        });
    }
    return figures;
  },
};
