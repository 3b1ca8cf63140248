// Part of `npm run bench`: key-to-frame latency while typing into a long response (100 pages, 500 quotations).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { startBridge } from '../../test/bridge/bridgeServer.ts';
import { paragraph, rng } from './corpus.ts';

const QUOTES = Number(process.env['TYPING_QUOTES'] ?? 500);
const PARAGRAPHS = Number(process.env['TYPING_PARAGRAPHS'] ?? 1000); // about 100 pages of answer text with the quotations
const dir = mkdtempSync(join(tmpdir(), 'cw-typing-'));
const path = join(dir, 'long.cwproj');
await createSampleProject(path, 'resources');
const project = openProject(path);
const random = rng(7);
const sources = await Promise.all((await project.sources.list()).map((s) => project.sources.get(s.id)));
const consultation = await project.themes.getConsultation();
const state = JSON.parse(initialDraftState(consultation)) as { root: { children: unknown[] } };
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const para = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
for (let i = 0; i < PARAGRAPHS; i++) {
  state.root.children.push(para(paragraph(random)));
  if (i % 2 === 0 && i / 2 < QUOTES) {
    const source = sources[i % sources.length]!;
    const start = Math.floor(random() * (source.text.length - 200));
    const quote = await project.quotes.create({ sourceId: source.id, start, end: start + 120, themeIds: [] });
    state.root.children.push({ type: SOURCE_QUOTE_TYPE, version: 1, quoteId: quote.id, sourceId: source.id, text: quote.fragments[0]!.text, citation: source.title });
  }
}
await project.drafts.save(JSON.stringify(state));
const words = JSON.stringify(state).length;
const bridge = await startBridge({ project, rendererDir: 'out/renderer' });
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bridge.url);
  await page.locator('.editor-content').getByText('About us').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[] };
    w.latencies = [];
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        // The frame after the key: the edit has been reconciled and the next paint is due.
        requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - t0), 0));
      },
      { capture: true },
    );
  });
  await page.locator('.editor-content').getByText('About us').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const typed = 'Parent carers told us the local offer rarely reflects what is actually available in Anytown. ';
  for (const ch of typed.repeat(2)) await page.keyboard.type(ch, { delay: 30 });
  const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  const blocks = await page.locator('.editor-content .source-quote-block').count();
  console.log(
    `typing: ${latencies.length} keys in a draft of ${PARAGRAPHS} paragraphs and ${blocks} quotations (${(words / 1e6).toFixed(1)} MB of editor state): key to next frame p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await bridge.close();
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
