import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PdfPage } from '../../../../shared/pdf/pdfLayout.ts';
import { warmUpPdf } from './warmUpPdf.ts';

export type PdfReadResult =
  | { ok: true; pages: PdfPage[]; title?: string; author?: string }
  | { ok: false; reason: 'password' | 'damaged' | 'too-many-pages' | 'timeout'; pages?: number };

// Runs in a worker thread so a slow or hostile PDF never freezes the app and can be stopped.
// It only reads positioned text; layout happens back on the caller's side (shared/pdf/pdfLayout.ts).
// It loads pdf.js once and then reads one file per message, so a worker can wait for the next file (see below).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// A new worker would compile pdf.js's 2 MB of code again: Node's on-disk compile cache (Node 22.1+, in Electron too)
// saves that.
try { require('node:module').enableCompileCache?.(); } catch {}
// pdf.js loads a canvas library (@napi-rs/canvas: 35 MB of native code, 18 MB of memory) for DOMMatrix and Path2D,
// which only drawing pages uses. This thread only reads text, so it gets stand-ins that refuse to draw.
const CANVAS_STAND_IN = 'pdf-reader:canvas-stand-in';
require('node:module').registerHooks?.({
  resolve: (specifier, context, next) =>
    specifier === '@napi-rs/canvas' ? { url: CANVAS_STAND_IN, shortCircuit: true } : next(specifier, context),
  load: (url, context, next) =>
    url === CANVAS_STAND_IN
      ? {
          format: 'commonjs',
          source: 'const refuse = (name) => class { constructor() { throw new Error(name + " is not available: this reader only reads text."); } };'
            + 'module.exports = { DOMMatrix: refuse("DOMMatrix"), Path2D: refuse("Path2D") };',
          shortCircuit: true,
        }
      : next(url, context),
});
// pdf.js inflates each page's content stream through DecompressionStream when there is one: in Node that is a web
// stream over zlib on the thread pool, a round trip per page that cost more than the inflating itself (and much more on a
// busy machine). Without it pdf.js inflates in its own code, here, with the same bytes out.
delete globalThis.DecompressionStream;
const loading = import(workerData.pdfjsUrl);
parentPort.on('message', async ({ bytes, maxPages }) => {
  let task = null;
  try {
    const pdfjs = await loading;
    task = pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      standardFontDataUrl: workerData.fontsPath,
      cMapUrl: workerData.cMapsPath,
      cMapPacked: true,
      wasmUrl: workerData.wasmPath,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    if (doc.numPages > maxPages) {
      parentPort.postMessage({ ok: false, reason: 'too-many-pages', pages: doc.numPages });
      return;
    }
    const meta = await doc.getMetadata().catch(() => null);
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({
        width: viewport.width,
        height: viewport.height,
        items: content.items
          .filter((i) => typeof i.str === 'string')
          .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, size: Math.hypot(i.transform[2], i.transform[3]) || i.height || 10 })),
      });
      page.cleanup();
    }
    const info = (meta && meta.info) || {};
    parentPort.postMessage({ ok: true, pages, title: typeof info.Title === 'string' ? info.Title : undefined, author: typeof info.Author === 'string' ? info.Author : undefined });
  } catch (error) {
    const name = (error && error.name) || '';
    parentPort.postMessage({ ok: false, reason: name === 'PasswordException' ? 'password' : 'damaged' });
  } finally {
    // Frees the document in this worker, which may read the next file.
    await task?.destroy().catch(() => {});
  }
});
`;

const PDFJS_ENTRY = 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Where pdf.js is on disk. In the packaged app the bundle sits inside app.asar, but pdf.js is unpacked
 * beside it (electron-builder.yml asarUnpack), and the worker loads the real files from there.
 */
function pdfjsLocation(): { pdfjsUrl: string; fontsPath: string; cMapsPath: string; wasmPath: string } {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve(PDFJS_ENTRY));
  } catch {
    entry = createRequire(import.meta.url).resolve(PDFJS_ENTRY);
  }
  entry = entry.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  const root = dirname(dirname(dirname(entry)));
  // pdf.js wants these folders as strings ending in '/'; it reads them with fs.
  const folder = (name: string) => `${join(root, name)}/`;
  return {
    pdfjsUrl: pathToFileURL(entry).href,
    fontsPath: folder('standard_fonts'),
    cMapsPath: folder('cmaps'),
    wasmPath: folder('wasm'),
  };
}

// A new worker loads pdf.js and then runs it slowly until V8 has optimised it: its first 100-page file took about
// 0.4 s longer than the next (more on a busy machine). So the worker that read the last file waits, unreferenced (it
// does not keep the process alive), for the next one, and ends after a minute with nothing to read. A worker that ran
// out of time, failed, or finished while another was waiting is ended.
const IDLE_MS = 60_000;
let waiting: { worker: Worker; idle: NodeJS.Timeout } | null = null;

function startWorker(): Worker {
  return new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: pdfjsLocation(),
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
}

function takeWaitingWorker(): Worker | null {
  if (!waiting) return null;
  const { worker, idle } = waiting;
  waiting = null;
  clearTimeout(idle);
  worker.removeAllListeners('exit');
  worker.ref();
  return worker;
}

function keepWaiting(worker: Worker): void {
  if (waiting) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const idle = setTimeout(() => {
    if (waiting?.worker === worker) waiting = null;
    void worker.terminate();
  }, IDLE_MS);
  idle.unref();
  waiting = { worker, idle };
  worker.once('exit', () => {
    if (waiting?.worker === worker) {
      clearTimeout(waiting.idle);
      waiting = null;
    }
  });
}

/** Sends one file to `worker` and waits for its pages, ending the worker if it runs out of time or fails. */
function read(worker: Worker, bytes: Uint8Array, options: { maxPages: number; timeoutMs: number }) {
  return new Promise<PdfReadResult>((resolve) => {
    let settled = false;
    const finish = (result: PdfReadResult, answered: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      if (answered) keepWaiting(worker);
      else void worker.terminate();
      resolve(result);
    };
    const onMessage = (message: PdfReadResult) => finish(message, true);
    const onFailure = () => finish({ ok: false, reason: 'damaged' }, false);
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }, false), options.timeoutMs);
    worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
    // A copy of its own, handed over rather than copied again.
    const copy = new Uint8Array(bytes);
    worker.postMessage({ bytes: copy, maxPages: options.maxPages }, [copy.buffer]);
  });
}

// A new reader reading the warm-up file, to wait for the user's file once done.
let preparing: Promise<PdfReadResult> | null = null;

/**
 * Starts a reader thread and has it read a built-in file, so pdf.js is loaded and quick by the time the user's file
 * arrives (called as the user opens a file picker). Gives what it read, or null if a reader was already waiting; a
 * second call while one is being prepared shares it.
 */
export function preparePdfReader(): Promise<PdfReadResult | null> {
  if (waiting) return Promise.resolve(null);
  preparing ??= read(startWorker(), warmUpPdf(), { maxPages: 100, timeoutMs: 30_000 }).finally(() => {
    preparing = null;
  });
  return preparing;
}

/** Reads every page's positioned text in a worker thread, stopping it after `timeoutMs`. */
export async function readPdfPages(
  bytes: Uint8Array,
  options: { maxPages: number; timeoutMs: number },
): Promise<PdfReadResult> {
  // A reader being prepared is most of the way there: waiting for it beats loading pdf.js in another.
  if (!waiting && preparing) await preparing;
  return read(takeWaitingWorker() ?? startWorker(), bytes, options);
}
