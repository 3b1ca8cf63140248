// The services worker, started from its source as the bench starts it: calls cross a real thread boundary and go
// through the same dispatch; exports come back to the main thread to be saved; both connections share the file.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/ipc/contract.ts';
import { createSampleProject } from '../../electron/services/project/sampleProject.ts';
import { connectServices, type ServicesConnection } from '../../electron/services/worker/servicesConnection.ts';
import { cleanUp, open, RESOURCES_DIR, tempDir } from './helpers.ts';

const WORKER = new URL('../../electron/services/worker/servicesWorker.ts', import.meta.url);

let path: string;
let services: ServicesConnection;
let delivered: { fileName: string; bytes: Uint8Array }[] = [];
let deliver: () => Promise<ExportResult> = async () => ({ status: 'saved', path: '/exports/file' });

beforeAll(async () => {
  path = join(tempDir(), 'sample.cwproj');
  await createSampleProject(path, RESOURCES_DIR);
  services = connectServices(new Worker(WORKER), async (file) => {
    delivered.push(file);
    return deliver();
  });
  await services.open(path, RESOURCES_DIR);
});

afterAll(async () => {
  await services.terminate();
  cleanUp();
});

describe('the services worker', () => {
  it('answers calls for the open project, validating them as dispatch does everywhere', async () => {
    const project = await services.call('getProject', {});
    expect(project).toMatchObject({ ok: true, value: { path } });
    const invalid = await services.call('getSource', { id: 0 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it("writes through its own connection, which the main thread's connection to the same file then sees", async () => {
    const bytes = new TextEncoder().encode('Parent carers told us about delays in assessment.');
    const imported = await services.call('importSource', { fileName: 'forum notes.txt', bytes });
    if (!imported.ok) throw new Error(imported.error.message);
    const { source } = imported.value as { source: { id: number } };
    const mainThread = open(path);
    expect((await mainThread.sources.list()).map((s) => s.id)).toContain(source.id);
  });

  it('hands a finished export to the main thread to save, and reports a save that failed', async () => {
    delivered = [];
    deliver = async () => ({ status: 'saved', path: '/exports/quotes.csv' });
    const saved = await services.call('exportQuotesCsv', {});
    expect(saved).toEqual({ ok: true, value: { status: 'saved', path: '/exports/quotes.csv' } });
    expect(delivered.map((f) => f.fileName.endsWith('.csv'))).toEqual([true]);
    expect(delivered[0]!.bytes).toBeInstanceOf(Uint8Array);

    deliver = async () => {
      throw new Error('The disk is full.');
    };
    const failed = await services.call('exportQuotesCsv', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses a save typed in another project', async () => {
    const result = await services.call('saveDraftChanges', {
      project: '/somewhere/Other response.cwproj',
      base: null,
      shell: '{"root":{"children":[],"type":"root","version":1}}',
      blocks: [],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses calls once the project is closed', async () => {
    await services.close();
    expect(await services.call('listSources', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await services.open(path, RESOURCES_DIR);
    expect(await services.call('listSources', {})).toMatchObject({ ok: true });
  });

  it('answers calls after the worker has stopped with a message, instead of leaving them waiting', async () => {
    const stopping = connectServices(new Worker(WORKER), async () => ({ status: 'cancelled' }));
    await stopping.terminate();
    // Without an answer this call would never settle, and the test would time out.
    const answer = await stopping.call('listSources', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
