// Import beside the tools a user might use instead, on the same files: our PDF import beside poppler's
// `pdftotext -layout`, our Word import beside mammoth's extractRawText. Times are whole imports into a project
// (reading, structure, storing, indexing) against the peer's extraction alone; agreement is the share of the peer's
// words our text has in the same order.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import type { SourceId } from '../../shared/ids.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { referenceFiles } from './referenceFiles.ts';
import { wordAgreement } from './wordAgreement.ts';
import type { Figure, Measurement } from './figures.ts';
import { sideBySide } from './sideBySide.ts';
import { firstPdfImportFigures } from './firstPdfImport.ts';

const run = promisify(execFile);

export const importPeers: Measurement = {
  name: 'import',
  async run({ quick, compareWith = [] }) {
    const [pages, times] = quick ? [20, 2] : [100, 5];
    const files = await referenceFiles(pages);
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-import-'));
    try {
      const pdfPath = join(dir, 'review.pdf');
      writeFileSync(pdfPath, files.pdf);
      let n = 0;
      // Each run into a fresh project: a second import of the same file would be refused as a duplicate.
      const ours =
        (fileName: string, bytes: Uint8Array, open = openProject) =>
        async () => {
          const project = open(join(dir, `p${n++}.cwproj`));
          try {
            const { source } = await project.imports.importFile({ fileName, bytes });
            return (await project.sources.get(source.id as SourceId)).text;
          } finally {
            project.close();
          }
        };
      const [pdfOurs, pdfPeer] = await sideBySide(
        times,
        ours('review.pdf', files.pdf),
        async () => (await run('pdftotext', ['-layout', pdfPath, '-'])).stdout,
      );
      const [docxOurs, docxPeer] = await sideBySide(
        times,
        ours('review.docx', files.docx),
        async () => (await mammoth.extractRawText({ buffer: Buffer.from(files.docx) })).value,
      );
      // An earlier build's PDF import (`--compare-with`), timed in turns with ours.
      const earlier: Figure[] = [];
      for (const { label, dir: other } of compareWith) {
        const { openProject: openOther } = (await import(
          pathToFileURL(join(other, 'electron/services/project/projectServices.ts')).href
        )) as { openProject: typeof openProject };
        const [now, then] = await sideBySide(
          times,
          ours('review.pdf', files.pdf),
          ours('review.pdf', files.pdf, openOther),
        );
        earlier.push(
          {
            name: `PDF import, ${files.pdfPages} pages`,
            value: now.ms / 1000,
            unit: 's',
            against: { name: `build ${label}`, value: then.ms / 1000 },
          },
          {
            name: "PDF text agreement with that build's text",
            value: 100 * wordAgreement(now.result, then.result),
            unit: '%',
          },
        );
      }
      const agreement = (a: string, b: string) => 100 * wordAgreement(a, b);
      const figures: Figure[] = [
        {
          name: `PDF import, ${files.pdfPages} pages`,
          value: pdfOurs.ms / 1000,
          unit: 's',
          against: { name: 'pdftotext -layout', value: pdfPeer.ms / 1000 },
          target: { text: '≤ 3× pdftotext', met: pdfOurs.ms <= 3 * pdfPeer.ms },
        },
        {
          name: "PDF text agreement (share of pdftotext's words, in order)",
          value: agreement(pdfOurs.result, pdfPeer.result),
          unit: '%',
        },
        {
          name: `Word import, ${files.pdfPages} pages`,
          value: docxOurs.ms / 1000,
          unit: 's',
          against: { name: 'mammoth extractRawText', value: docxPeer.ms / 1000 },
        },
        {
          name: "Word text agreement (share of mammoth's words, in order)",
          value: agreement(docxOurs.result, docxPeer.result),
          unit: '%',
        },
      ];
      const first = await firstPdfImportFigures({ times, pdfPath, pages: files.pdfPages, compareWith });
      return [...figures, ...first, ...earlier];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
