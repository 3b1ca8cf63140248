// `npm run bench`: import and search speed over a generated corpus. Prints a report; asserts nothing.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { document, paragraph, rng } from './corpus.ts';
import { makePdf } from './makePdf.ts';

const SOURCES = Number(process.env['BENCH_SOURCES'] ?? 2000);
const TARGET_CHARS = Number(process.env['BENCH_CHARS'] ?? 40_000_000);
const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
const path = join(dir, 'bench.cwproj');
const project = openProject(path);
const random = rng(20221);
const mb = (bytes: number) => bytes / 1024 / 1024;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Mixed lengths: mostly short documents, a few long ones, averaging TARGET_CHARS / SOURCES.
const mean = TARGET_CHARS / SOURCES;
const lengths = Array.from({ length: SOURCES }, () =>
  Math.max(500, Math.round(mean * -Math.log(1 - random() * 0.999))),
);
const scale = TARGET_CHARS / lengths.reduce((a, b) => a + b, 0);

let bytes = 0;
let t0 = performance.now();
for (let i = 0; i < SOURCES; i++) {
  const text = document(random, Math.round(lengths[i]! * scale), i);
  const file = new TextEncoder().encode(text);
  bytes += file.length;
  await project.imports.importFile({ fileName: `generated-${i}.txt`, bytes: file });
}
const txtSeconds = (performance.now() - t0) / 1000;
console.log(
  `txt: ${SOURCES} files, ${mb(bytes).toFixed(1)} MB in ${txtSeconds.toFixed(1)} s = ${(mb(bytes) / txtSeconds).toFixed(2)} MB/s`,
);

// .docx: 20 files of ~250 KB of text each.
let docxBytes = 0;
let docxSeconds = 0;
for (let i = 0; i < 20; i++) {
  const children: Paragraph[] = [];
  for (let p = 0; p < 400; p++) {
    children.push(
      p % 25 === 0
        ? new Paragraph({ text: `Section ${p / 25 + 1}`, heading: HeadingLevel.HEADING_2 })
        : new Paragraph(paragraph(random)),
    );
  }
  const file = new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(`Docx ${i}`), ...children] }] })),
  );
  docxBytes += file.length;
  t0 = performance.now();
  await project.imports.importFile({ fileName: `generated-${i}.docx`, bytes: file });
  docxSeconds += (performance.now() - t0) / 1000;
}
console.log(
  `docx: 20 files, ${mb(docxBytes).toFixed(1)} MB in ${docxSeconds.toFixed(1)} s = ${(mb(docxBytes) / docxSeconds).toFixed(2)} MB/s`,
);

// PDF: one 100-page document, then throughput over 5 more.
const pdfOf = (pages: number, seed: number) => {
  const r = rng(seed);
  return makePdf(
    Array.from({ length: pages * 9 }, () => paragraph(r)),
    60,
    pages,
  );
};
const hundred = pdfOf(100, 1);
t0 = performance.now();
const { source: bigPdf } = await project.imports.importFile({ fileName: 'hundred-pages.pdf', bytes: hundred });
const hundredSeconds = (performance.now() - t0) / 1000;
const pageCount = (await project.sources.get(bigPdf.id)).blocks.reduce((n, b) => Math.max(n, b.page ?? 0), 0);
console.log(
  `pdf: ${pageCount}-page document (${mb(hundred.length).toFixed(2)} MB) imported in ${hundredSeconds.toFixed(2)} s`,
);
let pdfBytes = 0;
t0 = performance.now();
for (let i = 0; i < 5; i++) {
  const file = pdfOf(40, 100 + i);
  pdfBytes += file.length;
  await project.imports.importFile({ fileName: `generated-${i}.pdf`, bytes: file });
}
const pdfSeconds = (performance.now() - t0) / 1000;
console.log(
  `pdf: 5 x 40 pages, ${mb(pdfBytes).toFixed(1)} MB in ${pdfSeconds.toFixed(1)} s = ${(mb(pdfBytes) / pdfSeconds).toFixed(2)} MB/s`,
);

// Search latency over the whole corpus.
const queries = {
  'single word': [
    'tribunal',
    'commissioning',
    'apprenticeship',
    'psychologist',
    'deficit',
    'ofsted',
    'transition',
    'mediation',
  ],
  phrase: [
    '"joint commissioning"',
    '"local authority"',
    '"speech language"',
    '"high needs"',
    '"early years"',
    '"national standards"',
  ],
  prefix: ['commission*', 'assess*', 'partner*', 'educat*', 'inspect*', 'therap*'],
};
for (const [kind, list] of Object.entries(queries)) {
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 10; round++) {
    for (const query of list) {
      const t = performance.now();
      hits += (await project.search.search({ query })).length;
      times.push(performance.now() - t);
    }
  }
  console.log(
    `search ${kind}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} queries, ${(hits / times.length).toFixed(0)} hits each)`,
  );
}

project.db.pragma('wal_checkpoint(TRUNCATE)');
const sources = (await project.sources.list()).length;
project.close();
console.log(`project file: ${mb(statSync(path).size).toFixed(1)} MB for ${sources} sources`);
rmSync(dir, { recursive: true, force: true });
