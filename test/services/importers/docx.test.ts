import { readFileSync } from 'node:fs';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import { importDocx } from '../../../electron/services/importers/docx/importDocx.ts';
import { metadataFor } from '../../../electron/services/importService.ts';
import { readZipDirectory } from '../../../electron/services/importers/docx/zipDirectory.ts';
import { blocks, blockTexts, expectInOrder, expectWellFormed, refusal } from './documentChecks.ts';
import { makeZip } from './handMadeZip.ts';

const MB = 1024 * 1024;
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/docx/${name}`));

async function read(fileName: string, bytes: Uint8Array = fixture(fileName)) {
  const doc = await importDocx({ fileName, bytes }, DEFAULT_IMPORT_LIMITS);
  expectWellFormed(doc);
  return doc;
}

/**
 * Deflated zeros, `megabytes` MB of them, made without ever holding them: one megabyte deflated once
 * (ending on a byte boundary), repeated, then an empty final block. About 1 KB per MB.
 */
function deflatedZeros(megabytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), Buffer.from([0x03, 0x00])]);
}

const text = (s: string) => new Uint8Array(Buffer.from(s));
const CONTENT_TYPES = text(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
);

describe('Word documents from another tool (mammoth.js test files)', () => {
  it('reads a single paragraph, with the author from the core properties', async () => {
    const doc = await read('single-paragraph.docx');
    expect(doc.text).toBe('Walking on imported air');
    expect(blocks(doc)).toEqual([['paragraph', 'Walking on imported air']]);
    // Its dc:title is empty, so no title is stated.
    expect(doc.stated).toEqual({ author: 'Michael Williamson' });
  });

  it('reads a bulleted list as list items', async () => {
    const doc = await read('simple-list.docx');
    expect(blocks(doc)).toEqual([
      ['list-item', 'Apple'],
      ['list-item', 'Banana'],
    ]);
    expect(doc.blocks.map((b) => b.level)).toEqual([0, 0]);
    expect(doc.text).toBe('Apple\nBanana');
  });

  it('reads a table as cells in row order, between the paragraphs around it', async () => {
    const doc = await read('tables.docx');
    expect(blocks(doc)).toEqual([
      ['paragraph', 'Above'],
      ['table-cell', 'Top left'],
      ['table-cell', 'Top right'],
      ['table-cell', 'Bottom left'],
      ['table-cell', 'Bottom right'],
      ['paragraph', 'Below'],
    ]);
    expect(doc.text).toBe('Above\n\nTop left\tTop right\nBottom left\tBottom right\n\nBelow');
  });

  it('keeps footnotes as notes at the end, without their back-link arrows', async () => {
    const doc = await read('footnotes.docx');
    expect(blockTexts(doc, 'paragraph')).toEqual(['Ouch[1].[2]']);
    expect(blockTexts(doc, 'note')).toEqual(['A tachyon walks into a bar.', 'Fin.']);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'note', 'note']);
    expectInOrder(doc.text, 'Ouch', 'A tachyon walks into a bar.', 'Fin.');
    expect(doc.text).not.toContain('↑');
  });

  it('reads a document whose XML starts with a byte-order mark', async () => {
    const doc = await read('utf8-bom.docx');
    expect(blocks(doc)).toEqual([['paragraph', 'This XML has a byte order mark.']]);
  });
});

describe('a Word document with everything in it', () => {
  it('keeps headings, paragraphs, nested lists, tables and footnotes in order, drops comments, and states title and author', async () => {
    const word = new Document({
      title: 'Consultation response draft',
      creator: 'Anytown Parent & Carer Forum',
      comments: {
        children: [
          { id: 0, author: 'Reviewer', date: new Date(0), children: [new Paragraph('SECRET REVIEWER REMARK')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Response to the SEND review')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Question 1')] }),
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('Families wait too long for assessments.'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new FootnoteReferenceRun({ children: [new Paragraph('Survey of 412 families, 2023.')] }),
              ],
            }),
            new Paragraph({ text: 'Fund key workers', bullet: { level: 0 } }),
            new Paragraph({ text: 'in every area', bullet: { level: 1 } }),
            new Paragraph({ text: 'Publish waiting times', bullet: { level: 0 } }),
            new Table({
              rows: [
                new TableRow({
                  children: ['Area', 'Wait'].map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
                new TableRow({
                  children: ['Speech therapy', '40 weeks'].map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
              ],
            }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Closing remarks')] }),
          ],
        },
      ],
    });
    const doc = await read('response.docx', new Uint8Array(await Packer.toBuffer(word)));
    expect(blocks(doc)).toEqual([
      ['heading', 'Response to the SEND review'],
      ['heading', 'Question 1'],
      ['paragraph', 'Families wait too long for assessments.[1]'],
      ['list-item', 'Fund key workers'],
      ['list-item', 'in every area'],
      ['list-item', 'Publish waiting times'],
      ['table-cell', 'Area'],
      ['table-cell', 'Wait'],
      ['table-cell', 'Speech therapy'],
      ['table-cell', '40 weeks'],
      ['heading', 'Closing remarks'],
      ['note', 'Survey of 412 families, 2023.'],
    ]);
    expect(doc.blocks.map((b) => b.level)).toEqual([1, 1, null, 0, 1, 0, null, null, null, null, 2, null]);
    expect(doc.text).not.toContain('SECRET');
    expect(doc.stated).toEqual({ title: 'Consultation response draft', author: 'Anytown Parent & Carer Forum' });
  });
});

describe('broken and hostile .docx files', () => {
  it('refuses a zip bomb by what its directory claims, before unpacking anything', async () => {
    // One entry that declares (and truly holds) 1 GB of zeros, in about 1 MB.
    const zeros = deflatedZeros(1024);
    expect(zeros.length).toBeLessThan(2 * MB);
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: new Uint8Array(0), deflated: zeros, claimedSize: 1024 * MB },
    ]);
    const started = Date.now();
    expect(await refusal(importDocx, 'bomb.docx', bytes)).toBe(
      '"bomb.docx" unpacks to more than 500 MB, which is not a normal Word document, so it was not imported.',
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a zip bomb that lies about its size, by counting what it really unpacks to', async () => {
    const zeros = deflatedZeros(1024);
    // Sanity: the trick really inflates (checked on a small copy).
    expect(inflateRawSync(deflatedZeros(3)).length).toBe(3 * MB);
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: new Uint8Array(0), deflated: zeros, claimedSize: 2048 },
    ]);
    expect(readZipDirectory(bytes)!.reduce((n, e) => n + e.uncompressedSize, 0)).toBeLessThan(4096);
    expect(await refusal(importDocx, 'liar.docx', bytes)).toMatch(
      /^"liar\.docx" unpacks to more than \d+ MB, which is not a normal Word document, so it was not imported\.$/,
    );
    // Under a lower limit, the limit is what it names.
    expect(await refusal(importDocx, 'liar.docx', bytes, { ...DEFAULT_IMPORT_LIMITS, maxUnpackedBytes: 50 * MB })).toBe(
      '"liar.docx" unpacks to more than 50 MB, which is not a normal Word document, so it was not imported.',
    );
  });

  it('refuses a zip of absurdly many parts', async () => {
    const parts = Array.from({ length: 10_001 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(0) }));
    parts.push({ name: 'word/document.xml', data: new Uint8Array(0) });
    expect(await refusal(importDocx, 'parts.docx', makeZip(parts))).toBe(
      '"parts.docx" holds more than 10000 parts, which is not a normal Word document, so it was not imported.',
    );
  });

  it.each([
    [
      'a truncated document (the first half of a real one)',
      () => fixture('tables.docx').subarray(0, Math.floor(fixture('tables.docx').length / 2)),
    ],
    ['random bytes', () => new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256))],
    [
      'random bytes after a zip signature',
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 4000 }, (_, i) => (i * 31) % 256)]),
    ],
    ['a zip that is not a Word document', () => makeZip([{ name: 'xl/workbook.xml', data: text('<workbook/>') }])],
    [
      'a Word zip whose document is not XML',
      () =>
        makeZip([
          { name: '[Content_Types].xml', data: CONTENT_TYPES },
          { name: 'word/document.xml', data: text('not xml at all <<<') },
        ]),
    ],
    [
      'a zip whose directory points past its end',
      () => {
        const good = fixture('tables.docx');
        const broken = new Uint8Array(good);
        const view = new DataView(broken.buffer);
        view.setUint32(broken.length - 22 + 16, broken.length + 1000, true);
        return broken;
      },
    ],
  ])('says %s is damaged or not a Word document', async (_name, make) => {
    expect(await refusal(importDocx, 'minutes.docx', make())).toBe(
      '"minutes.docx" is damaged or is not a Word (.docx) document, so it could not be read.',
    );
  });

  it('refuses an empty file and one over the size limit', async () => {
    expect(await refusal(importDocx, 'empty.docx', new Uint8Array(0))).toBe('"empty.docx" is empty.');
    expect(
      await refusal(importDocx, 'big.docx', fixture('tables.docx'), { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 1024 }),
    ).toMatch(/^"big\.docx" is larger than [\d.]+ MB, the most one file can be\.$/);
  });
});

describe("a Word file's title and kind, as the import names it", () => {
  const wordFile = async (title: string | undefined, heading: string) =>
    new Uint8Array(
      await Packer.toBuffer(
        new Document({
          ...(title === undefined ? {} : { title }),
          sections: [
            {
              children: [
                new Paragraph({ text: heading, heading: HeadingLevel.TITLE }),
                new Paragraph({ text: 'Executive summary', heading: HeadingLevel.HEADING_1 }),
                new Paragraph('Families told us that support arrives late.'),
              ],
            },
          ],
        }),
      ),
    );
  const named = async (bytes: Uint8Array, fileName = 'Doc1.docx') =>
    metadataFor(await read(fileName, bytes), fileName, 'docx');

  it('takes the title from its properties, else from its first heading, never a placeholder', async () => {
    expect((await named(await wordFile('Local offer review', 'Cover page'))).title).toBe('Local offer review');
    expect((await named(await wordFile(undefined, 'Support in Anytown schools'))).title).toBe(
      'Support in Anytown schools',
    );
    expect((await named(await wordFile('Document1', 'Support in Anytown schools'))).title).toBe(
      'Support in Anytown schools',
    );
  });

  it('guesses a report from its headings, for the user to confirm', async () => {
    expect((await named(await wordFile(undefined, 'Support in Anytown schools'))).kind).toBe('report');
  });
});
