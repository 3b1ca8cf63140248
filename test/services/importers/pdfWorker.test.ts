import { readFileSync } from 'node:fs';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Reader from '../../../electron/services/importers/pdf/readPdfPages.ts';
import { describe, expect, it, vi } from 'vitest';

// Counts the worker threads started, to see which reads loaded pdf.js anew.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:worker_threads', async (original) => {
  const threads = await original<typeof WorkerThreads>();
  class CountedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      started.count++;
    }
  }
  return { ...threads, Worker: CountedWorker };
});

const READER = '../../../electron/services/importers/pdf/readPdfPages.ts';
const { readPdfPages } = (await import(READER)) as typeof Reader;
const { warmUpPdf } = await import('../../../electron/services/importers/pdf/warmUpPdf.ts');
const pdf = (name: string) => new Uint8Array(readFileSync(`test/fixtures/pdf/${name}`));
const limits = { maxPages: 100, timeoutMs: 60_000 };

describe('the PDF reader thread', () => {
  it('reads the next file in the worker that read the last, with pdf.js already loaded, and reads it the same', async () => {
    const first = await readPdfPages(pdf('multicolumn.pdf'), limits);
    const before = started.count;
    const again = await readPdfPages(pdf('multicolumn.pdf'), limits);
    const other = await readPdfPages(pdf('pdflatex-4-pages.pdf'), limits);
    expect(started.count).toBe(before);
    expect(again).toEqual(first);
    expect(other.ok && other.pages.length).toBe(4);
  }, 60_000);

  it('ends a worker that ran out of time and starts a fresh one for the next file', async () => {
    await readPdfPages(pdf('minimal-document.pdf'), limits);
    const before = started.count;
    expect(await readPdfPages(pdf('pdflatex-4-pages.pdf'), { ...limits, timeoutMs: 1 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
    const next = await readPdfPages(pdf('pdflatex-4-pages.pdf'), limits);
    expect(next.ok && next.pages.length).toBe(4);
    expect(started.count).toBe(before + 1);
  }, 60_000);

  it('reads files at once in workers of their own, and keeps one of them waiting', async () => {
    await readPdfPages(pdf('minimal-document.pdf'), limits);
    const before = started.count;
    const results = await Promise.all(
      ['multicolumn.pdf', 'pdflatex-4-pages.pdf'].map((f) => readPdfPages(pdf(f), limits)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(started.count).toBe(before + 1);
    await readPdfPages(pdf('minimal-document.pdf'), limits);
    expect(started.count).toBe(before + 1);
  }, 60_000);

  it('reads the first file in the reader prepared while the user chose it, and reads it the same', async () => {
    // A fresh copy of the module: no reader waiting yet, as at the start of a session.
    vi.resetModules();
    const fresh = (await import(READER)) as typeof Reader;
    const before = started.count;
    const preparing = fresh.preparePdfReader();
    expect(started.count).toBe(before + 1);
    // The file arrives while that reader is still reading the warm-up file: it waits for that reader.
    const first = await fresh.readPdfPages(pdf('multicolumn.pdf'), limits);
    await preparing;
    // Asked again with a reader waiting: nothing new starts, and the next file goes to that reader.
    await fresh.preparePdfReader();
    await fresh.readPdfPages(pdf('minimal-document.pdf'), limits);
    expect(started.count).toBe(before + 1);
    expect(first).toEqual(await readPdfPages(pdf('multicolumn.pdf'), limits));
  }, 60_000);

  it('warms up on a file it can read: a dozen pages of text', async () => {
    const warmUp = await readPdfPages(warmUpPdf(), limits);
    const pages = warmUp.ok ? warmUp.pages.map((page) => page.items.map((item) => item.str).join('')) : [];
    expect(pages).toHaveLength(12);
    expect(pages.every((text) => text.includes('consult'))).toBe(true);
  }, 60_000);
});
