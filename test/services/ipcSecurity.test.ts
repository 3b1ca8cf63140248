import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { METHODS, type Method } from '../../shared/ipc/channels.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { isAppSender } from '../../electron/main/appFrame.ts';
import { cleanUp, openSample } from './helpers.ts';

afterEach(cleanUp);

const HUGE = 'x'.repeat(30_000_000);
const TRAVERSAL = ['../../etc/passwd', 'C:\\Windows\\system32\\config', '/dev/zero', '\u0000'];

/** Payloads wrong for every channel, whatever its schema. */
const EVERYWHERE: unknown[] = [
  null,
  [],
  'a string',
  42,
  { unexpected: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
];

/** Payloads that look nearly right for a channel, with one thing wrong. */
const NEARLY: Partial<Record<Method, unknown[]>> = {
  getSource: [{ id: -1 }, { id: 1.5 }, { id: '1' }, { id: Number.MAX_SAFE_INTEGER + 2 }, { id: Infinity }],
  createQuote: [
    { sourceId: 1, start: 5, end: 1, questionIds: [] },
    { sourceId: 1, start: -1, end: 5, questionIds: [] },
    { sourceId: 1, start: 0, end: 5, questionIds: ['1'] },
    { sourceId: 1, start: 0, end: 5, questionIds: [], text: 'made up words' },
  ],
  saveDraftChanges: [
    { base: null, shell: '{"root":{"children":[]}}', blocks: [] },
    { project: '', base: null, shell: '{"root":{"children":[]}}', blocks: [] },
    { project: '/p.cwproj', base: null, shell: '{"root":{"type":"root","children":[]}}', blocks: [] },
    { project: '/p.cwproj', base: null, shell: '{"root":{"children":[]}}', blocks: [[0]] },
    { project: '/p.cwproj', base: null, shell: '{"root":{"children":[]}}', blocks: [[-1, 2]] },
    { project: '/p.cwproj', base: null, shell: '{"root":{"children":[]}}', blocks: [HUGE] },
    {
      project: '/p.cwproj',
      base: null,
      shell: '{"root":{"children":[]}}',
      blocks: [HUGE.slice(0, 15_000_000), HUGE.slice(0, 15_000_000)],
    },
    { project: '/p.cwproj', base: '', shell: '{"root":{"children":[]}}', blocks: [] },
    { project: '/p.cwproj', base: null, shell: '{"root":{"children":[]}}', blocks: [5] },
    { project: '/p.cwproj', base: null, shell: 5, blocks: [] },
    { project: '/p.cwproj', base: null, shell: '{}', blocks: [] },
  ],
  importSource: [
    { fileName: '', bytes: new Uint8Array([1]) },
    { fileName: 'x.txt', bytes: 'not bytes' },
    { fileName: 'x'.repeat(2000), bytes: new Uint8Array([1]) },
    ...TRAVERSAL.map((fileName) => ({ fileName, bytes: [1, 2, 3] })),
  ],
  updateSource: [
    { id: 1, metadata: { title: '', author: null, publishedOn: null, url: null, kind: 'other' } },
    { id: 1, metadata: { title: 'T', author: null, publishedOn: null, url: 'javascript:alert(1)', kind: 'other' } },
  ],
  searchSources: [
    { query: 'x'.repeat(10_000) },
    { query: 'ok', kinds: ['not-a-kind'] },
    { query: 'ok', from: '31/12/2024' },
  ],
  updateProject: [{ details: { name: 'x', organisation: 'o' } }],
  setQuoteQuestions: [{ id: 1, questionIds: Array.from({ length: 500 }, (_, i) => i + 1) }],
  restoreQuote: [{ quote: { id: 1 } }],
  restoreSource: [{ deleted: { source: { id: 1 }, quotes: [] } }],
  suggestQuestions: [{ text: HUGE }],
  setConsultationDetails: [
    { details: { title: '', department: null, deadline: null } },
    { details: { title: 'T', department: null, deadline: '31/12/2024' } },
    { details: { title: 'T', department: 'x'.repeat(600), deadline: null } },
  ],
  placeQuestion: [
    { id: 1, chapterId: 1, index: -1 },
    { id: 1, chapterId: '1', index: 0 },
    { id: 1, chapterId: 1, index: 0.5 },
  ],
  addChapter: [{ title: '   ' }, { title: HUGE }],
  restoreChapter: [{ chapter: { id: 1 } }],
  replaceConsultation: [
    ...TRAVERSAL.map((id) => ({ origin: { kind: 'template', id } })),
    { origin: { kind: 'file', fileName: 'q.csv', text: '' } },
    { origin: { kind: 'file', fileName: 'q.csv', text: HUGE } },
    { origin: { kind: 'url', url: 'https://example.org' } },
  ],
  restoreConsultation: [
    { previous: { details: { title: 'T', department: null, deadline: null }, themes: [{ id: 1 }], filings: [] } },
  ],
  exportConsultation: [{ format: 'exe' }],
};

function fingerprint(db: Database): string {
  return ['sources', 'source_blocks', 'quotes', 'quote_fragments', 'quote_themes', 'themes', 'drafts', 'project_meta']
    .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()))
    .join('\n');
}

describe('every IPC channel refuses malformed input', () => {
  it.each(METHODS)('%s: a clear invalid-input error and an unchanged project for every bad payload', async (method) => {
    const { project } = await openSample();
    const delivered: string[] = [];
    const handlers = createHandlers(project, {
      templates: templatesIn('resources'),
      deliverFile: async (f) => (delivered.push(f.fileName), { status: 'cancelled' }),
    });
    const before = fingerprint(project.db);
    for (const payload of [...EVERYWHERE, ...(NEARLY[method] ?? [])]) {
      // Channels that take no input accept an empty object; anything else, or extra keys, is refused.
      const result = await dispatch(handlers, method, payload);
      expect(result.ok, `${method} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(/^The request was not valid/);
      }
    }
    expect(fingerprint(project.db)).toBe(before);
    expect(delivered).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('which page may call the API', () => {
  // The window's own contents and main frame, whatever its URL (an install path may hold `#`, `?`, `%`, spaces).
  const app = { isDestroyed: () => false, mainFrame: { processId: 4, routingId: 1 } };

  it('answers only the main frame of the app window itself, compared by identity, not by URL', () => {
    expect(isAppSender({ sender: app, senderFrame: { processId: 4, routingId: 1 } }, app)).toBe(true);
    // A frame inside the page, another window's contents, a gone frame, no window, a closed window.
    expect(isAppSender({ sender: app, senderFrame: { processId: 4, routingId: 7 } }, app)).toBe(false);
    expect(isAppSender({ sender: app, senderFrame: { processId: 5, routingId: 1 } }, app)).toBe(false);
    const other = { isDestroyed: () => false, mainFrame: { processId: 4, routingId: 1 } };
    expect(isAppSender({ sender: other, senderFrame: other.mainFrame }, app)).toBe(false);
    expect(isAppSender({ sender: app, senderFrame: null }, app)).toBe(false);
    expect(isAppSender({ sender: app, senderFrame: app.mainFrame }, null)).toBe(false);
    const closed = { isDestroyed: () => true, mainFrame: { processId: 4, routingId: 1 } };
    expect(isAppSender({ sender: closed, senderFrame: closed.mainFrame }, closed)).toBe(false);
  });
});
