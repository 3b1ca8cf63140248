import type { Quote } from '../../../shared/domain/quote.ts';
import type { SourceSummary } from '../../../shared/domain/source.ts';
import { call } from '../api/workbench.ts';
import type { ProjectStore } from './projectStore.ts';

// A page is a few hundred kB: read and parsed in a few milliseconds, so a key typed meanwhile is not held up.
export const SOURCES_PER_PAGE = 2_000;
export const QUOTES_PER_PAGE = 1_000;
/** Marked on the page's performance timeline once every list is read (the bench's "everything loaded"). */
export const PROJECT_READ_MARK = 'workbench:project-read';

/** Waits till the page is idle (or 200 ms at most), so reading the rest gives way to typing and painting. */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (window.requestIdleCallback) window.requestIdleCallback(() => resolve(), { timeout: 200 });
    else window.setTimeout(resolve, 0);
  });

async function allSources(pause: () => Promise<void>): Promise<SourceSummary[]> {
  const all: SourceSummary[] = [];
  for (;;) {
    await pause();
    const page = await call('listSources', { offset: all.length, limit: SOURCES_PER_PAGE });
    all.push(...page);
    if (page.length < SOURCES_PER_PAGE) return all;
  }
}

async function allQuotes(pause: () => Promise<void>): Promise<Quote[]> {
  const all: Quote[] = [];
  for (;;) {
    await pause();
    const page = await call('listQuotes', {
      ...(all.length ? { afterId: all.at(-1)!.id } : {}),
      limit: QUOTES_PER_PAGE,
    });
    all.push(...page);
    if (page.length < QUOTES_PER_PAGE) return all;
  }
}

const started = new WeakSet<ProjectStore>();

/**
 * Reads, after the first screen is up, the sources and quotes it did not need, a page at a time, and shows each list
 * once it is whole. A list changed meanwhile (an import, a new quote) is read again as a whole instead.
 */
export async function readRest(project: ProjectStore, pause: () => Promise<void> = whenIdle): Promise<void> {
  if (started.has(project)) return project.complete;
  started.add(project);
  const reading = project.get().stillReading ?? [];
  await Promise.all([
    reading.includes('sources') &&
      (async () => {
        const revision = project.revisionOf('sources');
        await project.finishReading('sources', await allSources(pause), revision);
      })(),
    reading.includes('quotes') &&
      (async () => {
        const revision = project.revisionOf('quotes');
        await project.finishReading('quotes', await allQuotes(pause), revision);
      })(),
  ]);
  performance.mark(PROJECT_READ_MARK);
}
