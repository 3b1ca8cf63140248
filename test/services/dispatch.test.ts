import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/ipc/contract.ts';
import type { Method } from '../../shared/ipc/channels.ts';
import { SHELL_START } from '../../shared/draft/draftBlocks.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { createHandlers, type AppHost } from '../../electron/services/api/handlers.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { cleanUp, count, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

type Delivered = { fileName: string; bytes: Uint8Array };

function recordingHost(): AppHost & { delivered: Delivered[] } {
  const delivered: Delivered[] = [];
  return {
    delivered,
    templates: templatesIn('resources'),
    deliverFile: async (file): Promise<ExportResult> => {
      delivered.push(file);
      return { status: 'saved', path: `/exports/${file.fileName}` };
    },
  };
}

async function setUp() {
  const { project } = await openSample();
  const host = recordingHost();
  const handlers = createHandlers(project, host);
  const [first] = await project.sources.list();
  const source = await project.sources.get(first!.id);
  const q1 = await questionNumbered(project, 1);
  const saved = initialDraftState(await project.consultation.getConsultation());
  await project.drafts.save(saved);
  return { project, host, handlers, source, q1, saved };
}

/** What a bad request could have touched. */
async function snapshot(project: ProjectServices) {
  return {
    quotes: count(project, 'quotes'),
    links: count(project, 'quote_themes'),
    sources: count(project, 'sources'),
    draft: await project.drafts.get(),
  };
}

describe('dispatch rejects invalid input before it reaches the database', () => {
  const cases: [string, Method, (ids: { sourceId: number; questionId: number }) => unknown, RegExp][] = [
    ['a missing field and a wrong type', 'createQuote', () => ({ sourceId: 'x' }), /sourceId/],
    [
      'an unknown extra key',
      'createQuote',
      (i) => ({ sourceId: i.sourceId, start: 0, end: 10, questionIds: [], text: 'forged' }),
      /text/,
    ],
    [
      'a negative source id',
      'createQuote',
      (i) => ({ sourceId: -1, start: 0, end: 10, questionIds: [i.questionId] }),
      /sourceId/,
    ],
    [
      'a fractional source id',
      'createQuote',
      (i) => ({ sourceId: 1.5, start: 0, end: 10, questionIds: [i.questionId] }),
      /sourceId/,
    ],
    [
      'a fractional theme id',
      'createQuote',
      (i) => ({ sourceId: i.sourceId, start: 0, end: 10, questionIds: [i.questionId + 0.5] }),
      /questionIds/,
    ],
    [
      'a negative start',
      'createQuote',
      (i) => ({ sourceId: i.sourceId, start: -3, end: 10, questionIds: [] }),
      /start/,
    ],
    [
      'an end before the start',
      'createQuote',
      (i) => ({ sourceId: i.sourceId, start: 10, end: 5, questionIds: [] }),
      /end/,
    ],
    ['a zero source id', 'getSource', () => ({ id: 0 }), /id/],
    [
      'a draft with no root to hold its blocks',
      'saveDraftChanges',
      () => ({ project: '/p.cwproj', base: null, shell: '{', blocks: [] }),
      /shell/,
    ],
    [
      'a draft with an extra key',
      'saveDraftChanges',
      () => ({ project: '/p.cwproj', base: null, shell: '{"root":{"children":[]}}', blocks: [], force: true }),
      /force/,
    ],
    ['input for a method that takes none', 'exportEvidencePack', () => ({ path: '/etc/passwd' }), /path/],
    ['an unknown way to show unanswered questions', 'exportDocx', () => ({ unanswered: 'hide' }), /unanswered/],
  ];

  it.each(cases)('%s', async (_label, method, payload, field) => {
    const { project, host, handlers, source, q1 } = await setUp();
    const before = await snapshot(project);

    const result = await dispatch(handlers, method, payload({ sourceId: source.id, questionId: q1.id }));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(field);
    expect(await snapshot(project)).toEqual(before);
    expect(host.delivered).toHaveLength(0);
  });
});

describe('dispatch runs valid requests', () => {
  it('creates a quote and returns it', async () => {
    const { project, handlers, source, q1 } = await setUp();
    const result = await dispatch(handlers, 'createQuote', {
      sourceId: source.id,
      start: 0,
      end: 20,
      questionIds: [q1.id],
    });

    expect(result).toMatchObject({
      ok: true,
      value: { sourceId: source.id, fragments: [{ text: source.text.slice(0, 20) }] },
    });
    expect(count(project, 'quotes')).toBe(1);
    expect((await questionNumbered(project, 1)).quoteCount).toBe(1);
  });

  it('turns a service AppError into an error result with its code', async () => {
    const { handlers } = await setUp();
    const result = await dispatch(handlers, 'getSource', { id: 9999 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-found');
    expect(result.error.message.length).toBeGreaterThan(0);
  });

  it('reports a draft that is not an editor state as invalid input and keeps the old one', async () => {
    const { project, handlers, saved } = await setUp();
    const result = await dispatch(handlers, 'saveDraftChanges', {
      project: project.path,
      base: null,
      shell: '{"root":{"children":[]}}',
      blocks: ['{"type":"paragraph"}'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await project.drafts.get()).content).toBe(saved);
  });

  it("refuses a save typed in another project (a late flush after a switch) and keeps this project's draft", async () => {
    const { project, handlers, saved } = await setUp();
    const { children, ...rootFields } = (JSON.parse(saved) as { root: { children: unknown[] } }).root;
    const shell = `${SHELL_START},${JSON.stringify(rootFields).slice(1)}}`;
    const blocks = children.map((block) => JSON.stringify(block));
    const elsewhere = await dispatch(handlers, 'saveDraftChanges', {
      project: '/somewhere/Other response.cwproj',
      base: null,
      shell,
      blocks,
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!elsewhere.ok) expect(elsewhere.error.message).toContain('Other response.cwproj');
    expect((await project.drafts.get()).content).toBe(saved);

    const here = await dispatch(handlers, 'saveDraftChanges', { project: project.path, base: null, shell, blocks });
    expect(here.ok).toBe(true);
  });

  it('exports by delivering exactly one .docx (a zip: PK) to the host', async () => {
    const { handlers, host } = await setUp();
    const result = await dispatch(handlers, 'exportDocx', {});

    expect(host.delivered).toHaveLength(1);
    const [file] = host.delivered;
    expect(file!.fileName).toMatch(/\.docx$/);
    expect(Buffer.from(file!.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: `/exports/${file!.fileName}` } });
  });

  it('treats a missing payload as empty input for methods that take none', async () => {
    const { handlers } = await setUp();
    const result = await dispatch(handlers, 'listSources', undefined);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.value).toHaveLength(5);
  });
});
