import { readFileSync } from 'node:fs';
import type * as WorkerThreads from 'node:worker_threads';
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

const { readPdfPages } = await import('../../../electron/services/importers/pdf/readPdfPages.ts');
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
});
