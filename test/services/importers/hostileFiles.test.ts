import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result.ts';
import { cleanUp, openSample } from '../helpers.ts';
import { makeZip } from './handMadeZip.ts';

afterEach(cleanUp);

const fixture = (path: string) => new Uint8Array(readFileSync(path));

/** A zip whose one entry claims (and truly inflates to) 1 GB of zeros: a zip bomb in a .docx coat. */
function zipBomb(): Uint8Array {
  const zeros = Buffer.alloc(64 * 1024 * 1024);
  return makeZip([
    {
      name: 'word/document.xml',
      data: zeros,
      deflated: deflateRawSync(zeros, { level: 9 }),
      claimedSize: 1024 * 1024 * 1024,
    },
  ]);
}

/** A valid one-page PDF that draws a box and has no text at all, like a scan. */
function imageOnlyPdf(): Uint8Array {
  const content = '0 0 1 rg 100 100 300 300 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function fingerprint(db: Database): string {
  const tables = [
    'sources',
    'source_blocks',
    'quotes',
    'quote_fragments',
    'quote_themes',
    'themes',
    'drafts',
    'project_meta',
  ];
  return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

const HOSTILE: [string, () => Uint8Array, RegExp][] = [
  [
    'truncated.pdf',
    () => fixture('test/fixtures/pdf/multicolumn.pdf').subarray(0, 30_000),
    /is damaged or is not a PDF/,
  ],
  [
    'random.pdf',
    () => new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)),
    /is damaged or is not a PDF/,
  ],
  [
    'locked.pdf',
    () => fixture('test/fixtures/pdf/password-protected.pdf'),
    /is password-protected\. Remove the password/,
  ],
  ['scan.pdf', imageOnlyPdf, /has no text layer \(it looks like scanned images\)/],
  ['empty.pdf', () => new Uint8Array(0), /"empty\.pdf" is empty\./],
  [
    'truncated.docx',
    () => fixture('test/fixtures/docx/tables.docx').subarray(0, 2000),
    /is damaged or is not a Word \(\.docx\) document/,
  ],
  [
    'random.docx',
    () => new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 31) % 256)),
    /is damaged or is not a Word \(\.docx\) document/,
  ],
  ['bomb.docx', zipBomb, /unpacks to more than \d+ MB, which is not a normal Word document/],
  [
    'binary.txt',
    () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0]),
    /does not look like a text file/,
  ],
];

describe('hostile and broken files', () => {
  it.each(HOSTILE)(
    '%s gets its own clear message and leaves the project exactly as it was',
    async (fileName, make, message) => {
      const { project } = await openSample();
      const before = fingerprint(project.db);
      let caught: unknown;
      try {
        await project.imports.importFile({ fileName, bytes: make() });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).message).toMatch(message);
      expect((caught as AppError).message).toContain(fileName);
      expect(fingerprint(project.db)).toBe(before);
    },
    30_000,
  );

  it('stops a PDF that takes longer than the time limit', async () => {
    const { importPdf } = await import('../../../electron/services/importers/pdf/importPdf.ts');
    const { DEFAULT_IMPORT_LIMITS } = await import('../../../electron/services/importers/importer.ts');
    await expect(
      importPdf(
        { fileName: 'slow.pdf', bytes: fixture('test/fixtures/pdf/pdflatex-4-pages.pdf') },
        { ...DEFAULT_IMPORT_LIMITS, timeoutMs: 1 },
      ),
    ).rejects.toThrow('"slow.pdf" took too long to read and was stopped.');
  });
});
