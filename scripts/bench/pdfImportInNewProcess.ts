// The first PDF import of a session, in a process of its own (run by firstPdfImport.ts, once per sample): a new project
// and a new reader thread, as when the app has just started. `node pdfImportInNewProcess.ts <checkout> <pdf> <mode>` prints
// one line of JSON. Modes: `cold` imports at once; `prepared` first gets the reader ready as the file picker does, as
// if the user took longer to choose the file than that took; `memory` is the memory a reader holds while it waits for
// the next file, after reading `<pdf>` (a small one).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type * as ProjectServicesModule from '../../electron/services/project/projectServices.ts';
import type * as ReaderModule from '../../electron/services/importers/pdf/readPdfPages.ts';

const [checkout, pdfPath, mode] = process.argv.slice(2) as [string, string, 'cold' | 'prepared' | 'memory'];
const load = <T>(path: string) => import(pathToFileURL(join(checkout, path)).href) as Promise<T>;
const { openProject } = await load<typeof ProjectServicesModule>('electron/services/project/projectServices.ts');
const reader = await load<typeof ReaderModule>('electron/services/importers/pdf/readPdfPages.ts');
const bytes = new Uint8Array(readFileSync(pdfPath));
const dir = mkdtempSync(join(tmpdir(), 'cw-bench-first-'));

type Answer = {
  importMs?: number;
  /** The import's processor time in every thread (the reader's, V8's compilers'): steadier than wall time. */
  importCpuMs?: number;
  nextImportMs?: number;
  nextImportCpuMs?: number;
  prepareMs?: number;
  readerMB?: number;
  chars?: number;
};
let answer: Answer = {};

/**
 * Imports the file into a new project at `path`, after getting the importers ready as the file picker does if asked:
 * how long that took, the import's wall and processor time, and the length of the text.
 */
async function timedImport(path: string, prepare: boolean) {
  const project = openProject(path);
  try {
    let t0 = performance.now();
    if (prepare) await project.imports.prepare();
    const prepareMs = performance.now() - t0;
    t0 = performance.now();
    const cpu = process.cpuUsage();
    const { source } = await project.imports.importFile({ fileName: 'review.pdf', bytes });
    const ms = performance.now() - t0;
    const { user, system } = process.cpuUsage(cpu);
    return { prepareMs, ms, cpuMs: (user + system) / 1000, chars: (await project.sources.get(source.id)).text.length };
  } finally {
    project.close();
  }
}
try {
  if (mode === 'memory') {
    // The process's memory with a reader waiting, less its memory before there was one.
    const before = process.memoryUsage().rss;
    await reader.readPdfPages(bytes, { maxPages: 5_000, timeoutMs: 120_000 });
    await sleep(1_000);
    answer = { readerMB: (process.memoryUsage().rss - before) / 1024 / 1024 };
  } else {
    const first = await timedImport(join(dir, 'first.cwproj'), mode === 'prepared');
    // The same file again in this process, with everything warm: what the first is measured against.
    const next = await timedImport(join(dir, 'next.cwproj'), false);
    answer = {
      importMs: first.ms,
      importCpuMs: first.cpuMs,
      nextImportMs: next.ms,
      nextImportCpuMs: next.cpuMs,
      chars: first.chars,
      ...(mode === 'prepared' ? { prepareMs: first.prepareMs } : {}),
    };
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(answer));
// The answer is out: end without waiting for anything left behind.
process.exit(0);
