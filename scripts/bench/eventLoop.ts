// Part of `npm run bench`: how long the main process's event loop is held up (perf_hooks.monitorEventLoopDelay)
// while a 100-page PDF and 20 Word files are imported, the response is exported to Word, and autosave sends the
// whole draft every 700 ms (a 1 MB draft: about 94,000 words, so well over 100 pages). The services are hosted as electron/main hosts them: through
// `dispatch` and the handlers, first on the main thread (as before), then in the services worker (as now).
// Target: p99 under 50 ms, max under 200 ms. `npm run bench:event-loop` runs this alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, type Histogram } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Method } from '../../shared/ipc/channels.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { createProjectFromTemplate } from '../../electron/services/project/newProject.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { connectServices, type DeliverFile } from '../../electron/services/worker/servicesConnection.ts';
import { makeEventLoopInputs, type EventLoopInputs } from './eventLoopInputs.ts';

const RESOURCES = resolve(import.meta.dirname, '../../resources');
const WORKER = new URL('../../electron/services/worker/servicesWorker.ts', import.meta.url);
const AUTOSAVE_MS = 700;
// Each figure includes up to one sampling interval of its own.
const SAMPLE_MS = 1;

export type EventLoopFigures = { p50Ms: number; p99Ms: number; maxMs: number; seconds: number; saves: number };
export type EventLoopReport = {
  draft: { chars: number; words: number };
  /** The same measurement with nothing to do: what the machine itself adds (a busy shared machine adds a lot). */
  idle: Omit<EventLoopFigures, 'saves'>;
  mainThread: EventLoopFigures;
  worker: EventLoopFigures;
};

type Services = { call(method: Method, payload: unknown): Promise<IpcResult<unknown>>; close(): Promise<void> };

/** As electron/main did before: the handlers on the main thread. */
function onMainThread(path: string, deliverFile: DeliverFile): Services {
  const project = openProject(path);
  const handlers = createHandlers(project, { templates: templatesIn(RESOURCES), deliverFile });
  return { call: (method, payload) => dispatch(handlers, method, payload), close: async () => void project.close() };
}

/** As electron/main does now: the same handlers in the services worker. */
async function inWorker(path: string, deliverFile: DeliverFile): Promise<Services> {
  const services = connectServices(new Worker(WORKER), deliverFile);
  await services.open(path, RESOURCES);
  return {
    call: services.call,
    close: async () => {
      await services.close();
      await services.terminate();
    },
  };
}

function mustSucceed(what: string, result: IpcResult<unknown>): void {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.message}`);
}

/** Imports, then an export, with autosave running throughout, as a writer would keep typing. */
async function workload(services: Services, path: string, inputs: EventLoopInputs): Promise<number> {
  const draft = { project: path, base: null, shell: inputs.draft.shell, blocks: inputs.draft.blocks };
  let saves = 0;
  const save = async () => {
    mustSucceed('Autosave', await services.call('saveDraftChanges', draft));
    saves++;
  };
  await save();
  let saving: Promise<void> | null = null;
  // Like the page's saver, a save waits for the one before it to finish.
  const timer = setInterval(() => {
    saving ??= save().finally(() => (saving = null));
  }, AUTOSAVE_MS);
  try {
    for (const file of inputs.files)
      mustSucceed(`Importing ${file.fileName}`, await services.call('importSource', file));
    mustSucceed('Exporting to Word', await services.call('exportDocx', { unanswered: 'omit' }));
  } finally {
    clearInterval(timer);
    await saving;
  }
  return saves;
}

function figures(delay: Histogram): { p50Ms: number; p99Ms: number; maxMs: number } {
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  return { p50Ms: ms(delay.percentile(50)), p99Ms: ms(delay.percentile(99)), maxMs: ms(delay.max) };
}

async function measure(
  host: (path: string, deliverFile: DeliverFile) => Services | Promise<Services>,
  dir: string,
  name: string,
  inputs: EventLoopInputs,
): Promise<EventLoopFigures> {
  const path = join(dir, `${name}.cwproj`);
  await createProjectFromTemplate(path, RESOURCES);
  const deliverFile: DeliverFile = async ({ fileName, bytes }) => {
    const saved = join(dir, `${name}-${fileName}`);
    await writeFile(saved, bytes);
    return { status: 'saved', path: saved };
  };
  const services = await host(path, deliverFile);
  const delay = monitorEventLoopDelay({ resolution: SAMPLE_MS });
  const started = performance.now();
  delay.enable();
  const saves = await workload(services, path, inputs);
  delay.disable();
  const seconds = (performance.now() - started) / 1000;
  await services.close();
  return { ...figures(delay), seconds, saves };
}

async function measureIdle(seconds: number): Promise<EventLoopReport['idle']> {
  const delay = monitorEventLoopDelay({ resolution: SAMPLE_MS });
  delay.enable();
  await new Promise((done) => setTimeout(done, seconds * 1000));
  delay.disable();
  return { ...figures(delay), seconds };
}

/** The Green Paper's chapters and questions as a new project has them, for the draft to answer. */
async function consultationOfNewProject(dir: string) {
  const path = join(dir, 'questions.cwproj');
  await createProjectFromTemplate(path, RESOURCES);
  const project = openProject(path);
  try {
    return await project.consultation.getConsultation();
  } finally {
    project.close();
  }
}

export async function measureEventLoop(): Promise<EventLoopReport> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-event-loop-'));
  try {
    const inputs = await makeEventLoopInputs(await consultationOfNewProject(dir));
    return {
      draft: { chars: inputs.draft.chars, words: inputs.draft.words },
      idle: await measureIdle(5),
      mainThread: await measure(onMainThread, dir, 'main-thread', inputs),
      worker: await measure(inWorker, dir, 'worker', inputs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const report = await measureEventLoop();
  const line = (label: string, f: EventLoopReport['idle'] & { saves?: number }) =>
    `event loop, ${label}: p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms ` +
    `(${f.seconds.toFixed(1)} s${f.saves === undefined ? '' : `, ${f.saves} whole-draft saves`})`;
  console.log(
    `event loop: importing a 100-page PDF and 20 Word files, exporting the response, autosaving a ` +
      `${(report.draft.chars / 1024 / 1024).toFixed(2)} MB draft (${report.draft.words} words) every ${AUTOSAVE_MS} ms`,
  );
  console.log(line('idle, for comparison', report.idle));
  console.log(line('services on the main thread (before)', report.mainThread));
  console.log(line('services in a worker thread (now)', report.worker));
  console.log('event loop target: p99 < 50 ms, max < 200 ms');
}
