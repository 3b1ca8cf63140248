// Part of `npm run bench`: key-to-paint latency while typing into a long response (100 pages, 500 quotations, spread
// over the answers), and into an empty draft (what the draft's length adds). Each comes with its floor, typed the
// same way: a copy of the same window with its scripts removed, typed into natively by the browser (what the machine
// and Chromium cost for that page before any of the app's code runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
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
const para = (t: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [text(t)],
});
// Spread over the answers, as a real response is: each question's answer gets its share, after what it holds.
const answers = state.root.children.flatMap((node, i) =>
  node.type === 'heading' && typeof node.$?.[QUESTION_STATE_KEY] === 'number' ? [i] : [],
);
const written: unknown[][] = answers.map(() => []);
for (let i = 0; i < PARAGRAPHS; i++) {
  const share = written[Math.floor((i * answers.length) / PARAGRAPHS)]!;
  share.push(para(paragraph(random)));
  if (i % 2 === 0 && i / 2 < QUOTES) {
    const source = sources[i % sources.length]!;
    const start = Math.floor(random() * (source.text.length - 200));
    const quote = await project.quotes.create({ sourceId: source.id, start, end: start + 120, themeIds: [] });
    share.push({
      type: SOURCE_QUOTE_TYPE,
      version: 1,
      quoteId: quote.id,
      sourceId: source.id,
      text: quote.fragments[0]!.text,
      citation: source.title,
    });
  }
}
// From the last answer back, so the earlier headings' places stay true; each share goes after its heading's blocks.
for (let a = answers.length - 1; a >= 0; a--) {
  const end = state.root.children.findIndex((node, i) => i > answers[a]! && node.type === 'heading');
  state.root.children.splice(
    end === -1 ? state.root.children.length : end,
    0,
    ...(written[a] as typeof state.root.children),
  );
}
const long = JSON.stringify(state);
const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

const kB = (chars: number | undefined) => `${((chars ?? 0) / 1000).toFixed(1)} kB`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
const p50p95 = (sorted: number[]) => `p50 ${pct(sorted, 50)} ms, p95 ${pct(sorted, 95)} ms`;
const added = (from: number[], to: number[]) =>
  `${(Number(pct(to, 50)) - Number(pct(from, 50))).toFixed(1)} ms at p50 and ${(Number(pct(to, 95)) - Number(pct(from, 95))).toFixed(1)} ms at p95`;

/** Where typing goes: a new first line of question 12's answer, in the middle of the response. */
async function startAnswer(page: Page) {
  await page.locator('.editor-content h3', { hasText: 'Question 12:' }).click();
  await page.keyboard.press('End');
  // Anywhere in a question's heading but its very start, Enter goes to a new first line of the answer: the click lands
  // mid-heading, so this holds whether or not the editor has taken in End yet.
  await page.keyboard.press('Enter');
}

async function openApp(browser: Browser, draft: string): Promise<Page> {
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
      return Promise.resolve({
        ok: true,
        value: { updatedAt: new Date().toISOString(), revision: String(sizes.length) },
      });
    };
  });
  await startAnswer(page);
  return page;
}

/**
 * A draft's window, copied with its scripts removed, the caret in the same place: typing into it is the browser's own
 * editing, layout and painting of the same page, with none of the app's work. (Its content security policy goes
 * too: the copy carries React's inline styles as attributes.)
 */
async function openStaticCopy(browser: Browser, draft: string): Promise<Page> {
  const page = await openApp(browser, draft);
  await page.keyboard.type('P');
  await page.getByText('All changes saved').waitFor();
  const html = await page.evaluate(() => {
    document.querySelectorAll('script, meta[http-equiv]').forEach((e) => e.remove());
    return `<!doctype html>${document.documentElement.outerHTML}`;
  });
  await page.route('**/static-copy.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(new URL('static-copy.html', bridge.url).href);
  await page.locator('.editor-content p', { hasText: /^P$/ }).click();
  await page.keyboard.press('End');
  return page;
}

async function typeInto(browser: Browser, page: Page): Promise<{ latencies: number[]; summary: string }> {
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
  const perKey = (name: string) =>
    ((((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / TYPED.length).toFixed(1);
  const blocks = await page.locator('.editor-content .source-quote-block').count();
  const sizes = await page.evaluate(() => (window as unknown as { saveSizes?: number[] }).saveSizes ?? null);
  await page.close();
  latencies.sort((a, b) => a - b);
  const summary =
    `${latencies.length} keys, ${blocks} quotations: key to paint ${p50p95(latencies)}; ` +
    `main thread ${perKey('TaskDuration')} ms a key (script ${perKey('ScriptDuration')}, layout ${perKey('LayoutDuration')}); ` +
    (sizes
      ? `${sizes.length} saves, the first ${kB(sizes[0])}, then at most ${kB(Math.max(0, ...sizes.slice(1)))}`
      : 'no scripts');
  return { latencies, summary };
}

// Timings on a shared machine drift from minute to minute, so the three take turns and are compared pooled.
const ROUNDS = Number(process.env['TYPING_ROUNDS'] ?? 3);
const longLabel = `${PARAGRAPHS} paragraphs (${(long.length / 1e6).toFixed(1)} MB of editor state)`;
const turns = [
  ['emptyCopy', 'empty draft, static copy', () => openStaticCopy(browser, empty)],
  ['empty', 'empty draft', () => openApp(browser, empty)],
  ['longCopy', `${longLabel}, static copy`, () => openStaticCopy(browser, long)],
  ['long', longLabel, () => openApp(browser, long)],
] as const;
const pooled = { emptyCopy: [] as number[], empty: [] as number[], longCopy: [] as number[], long: [] as number[] };
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, label, open] of turns) {
      const { latencies, summary } = await typeInto(browser, await open());
      pooled[name].push(...latencies);
      console.log(`typing, round ${round}, ${label}: ${summary}`);
    }
  }
  const [ec, e, lc, l] = [pooled.emptyCopy, pooled.empty, pooled.longCopy, pooled.long].map((p) =>
    p.sort((a, b) => a - b),
  ) as [number[], number[], number[], number[]];
  console.log(
    `typing, ${ROUNDS} rounds pooled: empty draft ${p50p95(e)} (its static copy ${p50p95(ec)}); ` +
      `long draft ${p50p95(l)} (its static copy ${p50p95(lc)}). The app adds ${added(ec, e)} to the empty draft's ` +
      `static copy and ${added(lc, l)} to the long one's; the long draft adds ${added(e, l)} to the empty one`,
  );
} finally {
  await browser.close();
  await bridge.close();
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
