import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PdfPage } from '../../../../shared/pdf/pdfLayout.ts';

export type PdfReadResult =
  | { ok: true; pages: PdfPage[]; title?: string; author?: string }
  | { ok: false; reason: 'password' | 'damaged' | 'too-many-pages' | 'timeout'; pages?: number };

// Runs in a worker thread so a slow or hostile PDF never freezes the app and can be stopped.
// It only reads positioned text; layout happens back on the caller's side (shared/pdf/pdfLayout.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Each file gets a fresh worker, which would compile pdf.js's 2 MB of code again every time: Node's on-disk compile
// cache (Node 22.1+, in Electron too) saves that, about a fifth of a 100-page PDF's import.
try { require('node:module').enableCompileCache?.(); } catch {}
(async () => {
  try {
    const pdfjs = await import(workerData.pdfjsUrl);
    const task = pdfjs.getDocument({
      data: workerData.bytes,
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
    if (doc.numPages > workerData.maxPages) {
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
    await doc.destroy();
  } catch (error) {
    const name = (error && error.name) || '';
    parentPort.postMessage({ ok: false, reason: name === 'PasswordException' ? 'password' : 'damaged' });
  }
})();
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

/** Reads every page's positioned text in a worker thread, stopping it after `timeoutMs`. */
export function readPdfPages(
  bytes: Uint8Array,
  options: { maxPages: number; timeoutMs: number },
): Promise<PdfReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...pdfjsLocation(), bytes: new Uint8Array(bytes), maxPages: options.maxPages },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    let settled = false;
    const finish = (result: PdfReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), options.timeoutMs);
    worker.once('message', (message: PdfReadResult) => finish(message));
    worker.once('error', () => finish({ ok: false, reason: 'damaged' }));
    worker.once('exit', () => finish({ ok: false, reason: 'damaged' }));
  });
}
