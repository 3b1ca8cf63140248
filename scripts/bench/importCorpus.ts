// Run as its own process by generatedProject.ts: imports a generated corpus of `sources` sources (~20,000
// characters each, of realistic vocabulary (sourceCorpus.ts), mostly plain text with some Word files, as users' folders are) into a new project, one file
// at a time, never holding more than one file; prints its figures as JSON, the process's peak memory included.
import { statSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { rng } from './corpus.ts';
import { document, paragraph, topic, vocabulary } from './sourceCorpus.ts';

const [path, count] = [process.argv[2]!, Number(process.argv[3])];
const CHARS_PER_SOURCE = 20_000;
// One source in a hundred is a Word file of ~50 kB of text.
const DOCX_EVERY = 100;
const random = rng(20221);
const project = openProject(path);
const words = vocabulary();

async function wordFile(i: number): Promise<Uint8Array> {
  const about = topic(words, random);
  const children = Array.from({ length: 120 }, (_, p) =>
    p % 20 === 0
      ? new Paragraph({ text: `Section ${p / 20 + 1}`, heading: HeadingLevel.HEADING_2 })
      : new Paragraph(paragraph(words, random, about)),
  );
  const doc = new Document({ sections: [{ children: [new Paragraph(`Word document ${i}`), ...children] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let [bytes, chars, docx, importMs] = [0, 0, 0, 0];
for (let i = 0; i < count; i++) {
  // Mixed lengths, mostly short and a few long: an exponential spread around the mean.
  const length = Math.max(500, Math.round(CHARS_PER_SOURCE * -Math.log(1 - random() * 0.999)));
  const file =
    i % DOCX_EVERY === DOCX_EVERY - 1
      ? { fileName: `generated-${i}.docx`, bytes: await wordFile(i) }
      : { fileName: `generated-${i}.txt`, bytes: new TextEncoder().encode(document(words, random, length, i)) };
  const t0 = performance.now();
  const { source } = await project.imports.importFile(file);
  importMs += performance.now() - t0;
  bytes += file.bytes.length;
  chars += source.length;
  if (file.fileName.endsWith('.docx')) docx++;
}
project.db.pragma('wal_checkpoint(TRUNCATE)');
project.close();
console.log(
  JSON.stringify({
    sources: count,
    docx,
    bytes,
    chars,
    importSeconds: importMs / 1000,
    fileBytes: statSync(path).size,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
