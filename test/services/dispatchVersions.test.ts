import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/ipc/contract.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { cleanUp, openSample } from './helpers.ts';

afterEach(cleanUp);

async function setUp() {
  const { project } = await openSample();
  const handlers = createHandlers(project, {
    templates: templatesIn('resources'),
    deliverFile: async (): Promise<ExportResult> => ({ status: 'cancelled' }),
  });
  const [first] = await project.sources.list();
  const source = await project.sources.get(first!.id);
  return { project, handlers, source };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the source version channels', () => {
  it('update a source from file bytes, list its versions, give either text and the diff, and undo', async () => {
    const { project, handlers, source } = await setUp();
    const words = source.text.slice(0, 30);
    const quote = await project.quotes.create({ sourceId: source.id, start: 0, end: 30, questionIds: [] });
    const newText = `${source.text}\n\nA closing paragraph added in the corrected version.`;
    const updated = await dispatch(handlers, 'updateSourceVersion', {
      id: source.id,
      fileName: 'corrected.txt',
      bytes: bytes(newText),
    });
    expect(updated).toMatchObject({
      ok: true,
      value: {
        status: 'updated',
        toVersion: 2,
        quotes: [{ quote: quote.id, outcome: 'unchanged', start: 0, end: 30 }],
      },
    });
    expect(await dispatch(handlers, 'listSourceVersions', { id: source.id })).toMatchObject({
      ok: true,
      value: [{ version: 1 }, { version: 2, current: true, fileName: 'corrected.txt' }],
    });
    expect(await dispatch(handlers, 'getSourceVersionText', { id: source.id, version: 1 })).toEqual({
      ok: true,
      value: source.text,
    });
    // The reader's view of an earlier version: its text and structure, and how many versions there are.
    expect(await dispatch(handlers, 'getSourceVersion', { id: source.id, version: 1 })).toEqual({
      ok: true,
      value: { sourceId: source.id, version: 1, of: 2, dated: '2024-03-25', text: source.text, blocks: source.blocks },
    });
    const diff = await dispatch(handlers, 'diffSourceVersions', { id: source.id, from: 1, to: 2 });
    expect(diff.ok && (diff.value as { kind: string; text: string }[]).filter((p) => p.kind === 'added')).toEqual([
      expect.objectContaining({ text: '\n\nA closing paragraph added in the corrected version.' }),
    ]);
    expect(await dispatch(handlers, 'listQuoteReviews', {})).toEqual({ ok: true, value: [] });
    const updateId = (updated as { value: { updateId: number } }).value.updateId;
    expect(await dispatch(handlers, 'undoSourceUpdate', { updateId })).toMatchObject({
      ok: true,
      value: { version: 1 },
    });
    expect((await project.sources.get(source.id)).text).toBe(source.text);
    expect((await project.quotes.list({}))[0]!.fragments[0]!.text).toBe(words);
  });

  it('refuses bad requests with a clear message and changes nothing', async () => {
    const { project, handlers, source } = await setUp();
    expect(await dispatch(handlers, 'decideQuoteReview', { updateId: 1, quoteId: 1, decision: 'maybe' })).toMatchObject(
      { ok: false, error: { code: 'invalid-input', message: expect.stringContaining('decision') } },
    );
    expect(await dispatch(handlers, 'decideQuoteReview', { updateId: 99, quoteId: 1, decision: 'kept' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not-found' },
      },
    );
    expect(
      await dispatch(handlers, 'updateSourceVersion', {
        id: source.id,
        fileName: 'empty.txt',
        bytes: new Uint8Array(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', message: '"empty.txt" is empty.' } });
    expect(await dispatch(handlers, 'getSourceVersionText', { id: source.id, version: 2 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'This source has no version 2.' },
    });
    expect(await project.versions.versions(source.id)).toHaveLength(1);
  });
});
