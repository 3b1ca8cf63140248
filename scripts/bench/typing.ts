// Part of `npm run bench`: key-to-paint latency while typing into a long response (100 pages, 500 quotations, spread
// over the answers). The same typing into an empty draft comes first: its numbers are the floor set by Chromium and
// the machine, not by the draft.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from '@playwright/test';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { startBridge } from '../../test/bridge/bridgeServer.ts';
import { paragraph, rng } from './corpus.ts';
import { keyToPaintLatencies } from './keyLatency.ts';

const QUOTES = Number(process.env['TYPING_QUOTES'] ?? 500);
const PARAGRAPHS = Number(process.env['TYPING_PARAGRAPHS'] ?? 1000); // about 100 pages of answer text with the quotations
const TYPED = 'Parent carers told us the local offer rarely reflects what is actually available in Anytown. '.repeat(2);
// A fast typist's uneven rhythm, the same for both drafts: the pauses let the work that waits for typing to settle
// (word counts, autosave) run, as it does for a real writer, so a key that lands on it shows in the numbers.
const pace = rng(11);
const GAPS_MS = [...TYPED].map(() => 60 + Math.round(pace() * 190));

const dir = mkdtempSync(join(tmpdir(), 'cw-typing-'));
const path = join(dir, 'long.cwproj');
await createSampleProject(path, 'resources');
const project = openProject(path);
const random = rng(7);
const sources = await Promise.all((await project.sources.list()).map((s) => project.sources.get(s.id)));
const consultation = await project.themes.getConsultation();
const empty = initialDraftState(consultation);
const state = JSON.parse(empty) as { root: { children: { type: string; $?: Record<string, unknown> }[] } };
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const para = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
// Spread over the answers, as a real response is: each question's answer gets its share, after what it holds.
const answers = state.root.children.flatMap((node, i) => (node.type === 'heading' && typeof node.$?.[QUESTION_STATE_KEY] === 'number' ? [i] : []));
const written: unknown[][] = answers.map(() => []);
for (let i = 0; i < PARAGRAPHS; i++) {
  const share = written[Math.floor((i * answers.length) / PARAGRAPHS)]!;
  share.push(para(paragraph(random)));
  if (i % 2 === 0 && i / 2 < QUOTES) {
    const source = sources[i % sources.length]!;
    const start = Math.floor(random() * (source.text.length - 200));
    const quote = await project.quotes.create({ sourceId: source.id, start, end: start + 120, themeIds: [] });
    share.push({ type: SOURCE_QUOTE_TYPE, version: 1, quoteId: quote.id, sourceId: source.id, text: quote.fragments[0]!.text, citation: source.title });
  }
}
// From the last answer back, so the earlier headings' places stay true; each share goes after its heading's blocks.
for (let a = answers.length - 1; a >= 0; a--) {
  const end = state.root.children.findIndex((node, i) => i > answers[a]! && node.type === 'heading');
  state.root.children.splice(end === -1 ? state.root.children.length : end, 0, ...(written[a] as typeof state.root.children));
}
const long = JSON.stringify(state);
const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

const kB = (chars: number | undefined) => `${((chars ?? 0) / 1000).toFixed(1)} kB`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);

async function typeInto(browser: Browser, draft: string): Promise<{ latencies: number[]; summary: string }> {
  await project.drafts.save(draft);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bridge.url);
  // The bridge carries a save to the project over HTTP, far slower than the app's IPC: for this 1 MB draft it costs
  // the page's main thread ~100 ms, and autosave would be timed as that. Stand in a structured clone, the copy the
  // IPC makes, so the numbers are the app's (serialising the draft included) and not the test harness's.
  await page.evaluate(() => {
    const api = window.workbench as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const sizes: number[] = [];
    (window as unknown as { saveSizes: number[] }).saveSizes = sizes;
    api['saveDraftChanges'] = (input) => {
      structuredClone(input);
      sizes.push(JSON.stringify(input).length);
      return Promise.resolve({ ok: true, value: { updatedAt: new Date().toISOString(), revision: String(sizes.length) } });
    };
  });
  // Into the middle of the response: a new paragraph at the start of question 12's answer.
  await page.locator('.editor-content h3', { hasText: 'Question 12:' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const latencies = await keyToPaintLatencies(browser, page, async () => {
    for (const [i, ch] of [...TYPED].entries()) {
      await page.keyboard.type(ch);
      await sleep(GAPS_MS[i]!);
    }
  });
  const after = await metrics();
  // Renderer main-thread time (tasks, of which script and layout), per key: what the page spent, whatever the timing.
  const perKey = (name: string) => ((((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / TYPED.length).toFixed(1);
  const blocks = await page.locator('.editor-content .source-quote-block').count();
  const sizes = await page.evaluate(() => (window as unknown as { saveSizes: number[] }).saveSizes);
  await page.close();
  latencies.sort((a, b) => a - b);
  const summary =
    `${latencies.length} keys, ${blocks} quotations: key to paint p50 ${pct(latencies, 50)} ms, p95 ${pct(latencies, 95)} ms; ` +
    `main thread ${perKey('TaskDuration')} ms a key (script ${perKey('ScriptDuration')}, layout ${perKey('LayoutDuration')}); ` +
    `${sizes.length} saves, the first ${kB(sizes[0])}, then at most ${kB(Math.max(0, ...sizes.slice(1)))}`;
  return { latencies, summary };
}

// Timings on a shared machine drift from minute to minute, so the two drafts take turns and are compared pooled.
const ROUNDS = Number(process.env['TYPING_ROUNDS'] ?? 3);
const longLabel = `${PARAGRAPHS} paragraphs (${(long.length / 1e6).toFixed(1)} MB of editor state)`;
const pooled = { empty: [] as number[], long: [] as number[] };
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, label, draft] of [['empty', 'empty draft', empty], ['long', longLabel, long]] as const) {
      const { latencies, summary } = await typeInto(browser, draft);
      pooled[name].push(...latencies);
      console.log(`typing, round ${round}, ${label}: ${summary}`);
    }
  }
  const [e, l] = [pooled.empty.sort((a, b) => a - b), pooled.long.sort((a, b) => a - b)];
  console.log(
    `typing, ${ROUNDS} rounds pooled: empty draft p50 ${pct(e, 50)} ms, p95 ${pct(e, 95)} ms; ` +
      `long draft p50 ${pct(l, 50)} ms, p95 ${pct(l, 95)} ms; the long draft adds ` +
      `${(Number(pct(l, 50)) - Number(pct(e, 50))).toFixed(1)} ms at p50 and ${(Number(pct(l, 95)) - Number(pct(e, 95))).toFixed(1)} ms at p95`,
  );
} finally {
  await browser.close();
  await bridge.close();
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
