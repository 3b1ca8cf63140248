// The import measurement's input: a Word file of `pages` pages with a title in its properties, headings, paragraphs
// and lists, and the PDF LibreOffice makes of it (what a user gets from "Save as PDF"). Made once and kept under the
// temp folder between runs (LibreOffice takes a while), never committed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { paragraph, rng } from './corpus.ts';

// Bump when the generated content changes, so stale cached files are not reused.
const VERSION = 2;
// About 8 of the corpus's paragraphs fill an A4 page in Word's default style.
const PARAGRAPHS_PER_PAGE = 8;
export const REFERENCE_TITLE = 'Evidence review: support for children with special educational needs';

export type ReferenceFiles = { docx: Uint8Array; pdf: Uint8Array; pdfPages: number };

function wordDocument(pages: number): Document {
  const random = rng(1729);
  const children: Paragraph[] = [new Paragraph({ text: REFERENCE_TITLE, heading: HeadingLevel.TITLE })];
  for (let i = 0; i < pages * PARAGRAPHS_PER_PAGE; i++) {
    if (i % 20 === 0) children.push(new Paragraph({ text: `Section ${i / 20 + 1}`, heading: HeadingLevel.HEADING_1 }));
    if (i % 10 === 5)
      for (let b = 0; b < 3; b++) children.push(new Paragraph({ text: paragraph(random), bullet: { level: 0 } }));
    else children.push(new Paragraph(paragraph(random)));
  }
  return new Document({ title: REFERENCE_TITLE, creator: 'Bench', sections: [{ children }] });
}

export async function referenceFiles(pages: number): Promise<ReferenceFiles> {
  const dir = join(tmpdir(), `cw-bench-reference-v${VERSION}`);
  mkdirSync(dir, { recursive: true });
  const docxPath = join(dir, `review-${pages}.docx`);
  const pdfPath = join(dir, `review-${pages}.pdf`);
  if (!existsSync(pdfPath)) {
    writeFileSync(docxPath, await Packer.toBuffer(wordDocument(pages)));
    // Its own profile, so it neither waits for nor disturbs any other LibreOffice on the machine.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxPath,
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
  }
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  return {
    docx: new Uint8Array(readFileSync(docxPath)),
    pdf: new Uint8Array(readFileSync(pdfPath)),
    pdfPages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
  };
}
