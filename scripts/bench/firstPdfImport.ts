// The first PDF import of a session beside pdftotext: each sample in a new process (pdfImportInNewProcess.ts), so every
// one starts with no reader thread, as when the app has just started. Taken in turns with pdftotext and with any
// `--compare-with` build, so the machine's drift falls on all alike.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { percentile, since, type Figure } from './figures.ts';

const run = promisify(execFile);
const HERE = join(import.meta.dirname, '../..');
const CHILD = join(import.meta.dirname, 'pdfImportInNewProcess.ts');
// A one-page file, for the memory a waiting reader holds once it has read something.
const SMALL_PDF = 'test/fixtures/pdf/002-trivial-libre-office-writer.pdf';

type Answer = {
  importMs?: number;
  importCpuMs?: number;
  nextImportCpuMs?: number;
  prepareMs?: number;
  readerMB?: number;
};

async function inNewProcess(checkout: string, pdfPath: string, mode: 'cold' | 'prepared' | 'memory') {
  const { stdout } = await run(process.execPath, [CHILD, checkout, pdfPath, mode], { cwd: checkout });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Answer;
}

const median = (answers: Answer[], key: keyof Answer) =>
  percentile(
    answers.map((a) => a[key] ?? NaN),
    50,
  );

export async function firstPdfImportFigures(options: {
  times: number;
  pdfPath: string;
  pages: number;
  compareWith: { label: string; dir: string }[];
}): Promise<Figure[]> {
  const { times, pdfPath, pages, compareWith } = options;
  const [cold, prepared, memory, peerMs] = [[], [], [], []] as [Answer[], Answer[], Answer[], number[]];
  const earlier = compareWith.map(() => ({ cold: [] as Answer[], memory: [] as Answer[] }));
  for (let i = 0; i < times; i++) {
    cold.push(await inNewProcess(HERE, pdfPath, 'cold'));
    prepared.push(await inNewProcess(HERE, pdfPath, 'prepared'));
    const t0 = performance.now();
    await run('pdftotext', ['-layout', pdfPath, '-']);
    peerMs.push(since(t0));
    memory.push(await inNewProcess(HERE, join(HERE, SMALL_PDF), 'memory'));
    for (const [n, { dir }] of compareWith.entries()) {
      earlier[n]!.cold.push(await inNewProcess(dir, pdfPath, 'cold'));
      earlier[n]!.memory.push(await inNewProcess(dir, join(dir, SMALL_PDF), 'memory'));
    }
  }
  const pdftotext = { name: 'pdftotext -layout', value: percentile(peerMs, 50) / 1000 };
  const within3 = (ms: number) => ({ text: '≤ 3× pdftotext', met: ms <= 3 * percentile(peerMs, 50) });
  const first = `PDF import, ${pages} pages, first of a session`;
  const figures: Figure[] = [
    {
      name: `${first}, reader started as the file picker opened`,
      value: median(prepared, 'importMs') / 1000,
      unit: 's',
      against: pdftotext,
      target: within3(median(prepared, 'importMs')),
    },
    {
      name: `${first}, nothing started beforehand`,
      value: median(cold, 'importMs') / 1000,
      unit: 's',
      against: pdftotext,
      target: within3(median(cold, 'importMs')),
    },
    {
      // Processor time is steadier than wall time on a busy machine; each beside the same file's next import in the
      // same process, with everything warm.
      name: `${first}, processor time, reader started as the file picker opened`,
      value: median(prepared, 'importCpuMs'),
      unit: 'ms',
      against: { name: 'the next import', value: median(prepared, 'nextImportCpuMs') },
    },
    {
      name: `${first}, processor time, nothing started beforehand`,
      value: median(cold, 'importCpuMs'),
      unit: 'ms',
      against: { name: 'the next import', value: median(cold, 'nextImportCpuMs') },
    },
    {
      // The user must take longer than this to choose the file for the whole gain.
      name: 'Starting the PDF reader as the file picker opens',
      value: median(prepared, 'prepareMs'),
      unit: 'ms',
    },
    { name: 'Memory held by a PDF reader waiting for the next file', value: median(memory, 'readerMB'), unit: 'MB' },
  ];
  for (const [n, { label }] of compareWith.entries()) {
    const before = {
      name: `build ${label}, nothing started beforehand`,
      value: median(earlier[n]!.cold, 'importMs') / 1000,
    };
    figures.push(
      {
        name: `${first}, reader started as the file picker opened`,
        value: median(prepared, 'importMs') / 1000,
        unit: 's',
        against: before,
      },
      {
        name: `${first}, nothing started beforehand`,
        value: median(cold, 'importMs') / 1000,
        unit: 's',
        against: before,
      },
      {
        name: 'Memory held by a PDF reader waiting for the next file',
        value: median(memory, 'readerMB'),
        unit: 'MB',
        against: { name: `build ${label}`, value: median(earlier[n]!.memory, 'readerMB') },
      },
    );
  }
  return figures;
}
