import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { downloadHost } from '../../test/bridge/bridgeServer.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

/** The sample project with `n` quotes, one from each of its sources in turn, the even ones filed under question 1. */
async function withQuotes(n: number) {
  const { project } = await openSample();
  const sources = await project.sources.list();
  const q1 = await questionNumbered(project, 1);
  for (let i = 0; i < n; i++)
    await project.quotes.create({
      sourceId: sources[i % sources.length]!.id,
      start: i,
      end: i + 10,
      questionIds: i % 2 ? [] : [q1.id],
    });
  return { project, handlers: createHandlers(project, downloadHost), sources };
}

describe('reading the source and quote lists a page at a time (a large project opening)', () => {
  it('gives the source list in pages, in the order of the whole list, and the sources asked for by id', async () => {
    const { handlers, sources } = await withQuotes(0);
    const page = (input: object) => dispatch(handlers, 'listSources', input);
    expect(await page({ offset: 0, limit: 2 })).toEqual({ ok: true, value: sources.slice(0, 2) });
    expect(await page({ offset: 2, limit: 2 })).toEqual({ ok: true, value: sources.slice(2, 4) });
    expect(await page({ offset: 4, limit: 2 })).toEqual({ ok: true, value: sources.slice(4) });
    expect(await page({ offset: 5 })).toEqual({ ok: true, value: [] });
    const ids = [sources[3]!.id, sources[1]!.id, 999 as SourceId];
    expect(await page({ ids })).toEqual({ ok: true, value: [sources[1], sources[3]] });
  });

  it('gives the quotes in pages in id order, after the last one read, and with the other filters', async () => {
    const { handlers, project } = await withQuotes(7);
    const all = await project.quotes.list({});
    const page = (input: object) => dispatch(handlers, 'listQuotes', input);
    expect(await page({ limit: 3 })).toEqual({ ok: true, value: all.slice(0, 3) });
    expect(await page({ afterId: all[2]!.id, limit: 3 })).toEqual({ ok: true, value: all.slice(3, 6) });
    expect(await page({ afterId: all[5]!.id, limit: 3 })).toEqual({ ok: true, value: all.slice(6) });
    const q1 = await questionNumbered(project, 1);
    expect(await page({ questionId: q1.id, limit: 2 })).toEqual({ ok: true, value: [all[0], all[2]] });
  });

  it.each([
    ['listSources', { offset: -1 }],
    ['listSources', { offset: 1.5 }],
    ['listSources', { limit: 0 }],
    ['listSources', { limit: 10_001 }],
    ['listSources', { ids: ['1'] }],
    ['listSources', { page: 1 }],
    ['listQuotes', { afterId: 0 }],
    ['listQuotes', { afterId: 'last' as unknown as QuoteId }],
    ['listQuotes', { limit: -5 }],
    ['listQuotes', { limit: 10_001 }],
  ] as const)('refuses %s with %j, with a message', async (method, input) => {
    const { handlers } = await withQuotes(0);
    const result = await dispatch(handlers, method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
  });
});
