import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result.ts';
import { pageAt } from '../../../shared/sources/sourceStructure.ts';
import type { ExtractedDocument, SourceBlock } from '../../../shared/sources/sourceStructure.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import type { ImportLimits } from '../../../electron/services/importers/importer.ts';
import { importPdf } from '../../../electron/services/importers/pdf/importPdf.ts';
import { metadataFor } from '../../../electron/services/importService.ts';

const FIXTURES = 'test/fixtures/pdf';
const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
const read = (name: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) =>
  importPdf({ fileName: name, bytes: fixture(name) }, limits);
const blockTexts = (doc: ExtractedDocument, kind: SourceBlock['kind']) =>
  doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

/** Every block is real text, blocks come in text order without overlapping, and pages never go backwards. */
function expectWellFormed(doc: ExtractedDocument) {
  expect(doc.blocks.length).toBeGreaterThan(0);
  let previousEnd = 0;
  let previousPage = 1;
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(block.end).toBeGreaterThan(block.start);
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    expect(block.page).not.toBeNull();
    expect(block.page!).toBeGreaterThanOrEqual(previousPage);
    previousEnd = block.end;
    previousPage = block.page!;
  }
}

function expectInOrder(text: string, ...phrases: string[]) {
  const at = phrases.map((p) => text.indexOf(p));
  at.forEach((i, n) => expect(i, `"${phrases[n]}" is in the text`).toBeGreaterThanOrEqual(0));
  expect(
    [...at].sort((a, b) => a - b),
    phrases.join(' → '),
  ).toEqual(at);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('invalid-input');
  return error as AppError;
}

// ---------------------------------------------------------------------------------------------------------
// Small PDFs written by hand, so each test says exactly what is on the page.

type TextLine = { text: string; x?: number; y: number; size?: number };
type PageSpec = { lines?: TextLine[]; image?: boolean };

const pdfString = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A valid PDF with Helvetica text lines at the given positions (and/or a drawn image), plus an Info dictionary. */
function makePdf(pages: PageSpec[], info: Record<string, string> = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in once the pages have numbers
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 3
  add(
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream',
  ); // 4
  const kids: number[] = [];
  for (const page of pages) {
    const ops: string[] = [];
    for (const line of page.lines ?? [])
      ops.push(`BT /F1 ${line.size ?? 11} Tf ${line.x ?? 72} ${line.y} Td ${pdfString(line.text)} Tj ET`);
    if (page.image) ops.push('q 400 0 0 500 100 200 cm /Im1 Do Q');
    const content = ops.join('\n');
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${contentRef} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  add(
    `<< ${Object.entries(info)
      .map(([k, v]) => `/${k} ${pdfString(v)}`)
      .join(' ')} >>`,
  );
  const infoRef = objects.length;

  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines set 14pt apart from `top` down, as a word processor sets one paragraph. */
const paragraph = (top: number, ...texts: string[]): TextLine[] => texts.map((text, i) => ({ text, y: top - i * 14 }));

/** Deterministic noise (a fixed-seed LCG), so a failure can be reproduced. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------

describe('importPdf on real PDFs (py-pdf sample files)', () => {
  it('reads a LibreOffice Writer export as one paragraph, start to end', async () => {
    const doc = await read('002-trivial-libre-office-writer.pdf');
    expect(doc.text.startsWith('Lorem ipsum dolor sit amet, consetetur sadipscing elitr')).toBe(true);
    expect(doc.text.endsWith('no sea takimata sanctus est Lorem ipsum dolor sit amet.')).toBe(true);
    expectInOrder(doc.text, 'sed diam nonumy eirmod tempor', 'At vero eos et accusam', 'Stet clita kasd gubergren');
    expect(doc.text).not.toMatch(/ {2}|\n(?!\n)/); // lines joined with single spaces
    expect(doc.stated).toEqual({});
    expectWellFormed(doc);
  });

  it('reads a minimal document and states no title or author it does not have', async () => {
    const doc = await read('minimal-document.pdf');
    expectInOrder(
      doc.text,
      'Lorem ipsum dolor sit amet',
      'invidunt ut labore et dolore magna aliquyam erat',
      'takimata sanctus est',
    );
    expect(doc.stated.title).toBeUndefined();
    expect(doc.stated.author).toBeUndefined();
    expectWellFormed(doc);
  });

  it('reads a Google Docs export with its stated title, heading first and the table after the text, row by row', async () => {
    const doc = await read('google-doc-document.pdf');
    expect(doc.stated.title).toBe('PDF Example Document');
    expect(blockTexts(doc, 'heading')[0]).toBe('Example document');
    expectInOrder(
      doc.text,
      'Example document',
      'Beautiful is better than ugly.',
      'Readability counts.',
      "Namespaces are one honking great idea -- let's do more of those!",
      'Indonesia\tGermany\tAustria\tFrance\tVatican\nContinent',
      'Capital\tJakarta\tBerlin\tVienna\tParis\tVatican City\nCurrency',
    );
    // Its flags are glyphs with no Unicode meaning (private use): left out, not carried into the text invisibly.
    expect(doc.text).not.toMatch(/[\uE000-\uF8FF\u{F0000}-\u{10FFFD}]/u);
    expect(doc.text).toContain('There should be one-- and preferably only one --obvious way to do it.');
    expectWellFormed(doc);
  });

  it('reads a 4-page pdfLaTeX document with the page of every character, and drops page numbers', async () => {
    const doc = await read('pdflatex-4-pages.pdf');
    const pages = [...new Set(doc.blocks.map((b) => b.page))];
    expect(pages).toEqual([1, 2, 3, 4]);
    // The filler text repeats on every page: its first telling is on page 1, its last on page 4.
    expect(pageAt(doc.blocks, doc.text.indexOf('Hello, here is some text without a meaning.'))).toBe(1);
    expect(pageAt(doc.blocks, doc.text.indexOf('“Huardest gefburn”? Kjift – not at all!'))).toBe(1);
    expect(pageAt(doc.blocks, doc.text.lastIndexOf('Hello, here is some text without a meaning.'))).toBe(4);
    // Each page starts where the page itself starts (mid-sentence, as the page break fell).
    const firstOn = (page: number) => doc.text.slice(doc.blocks.find((b) => b.page === page)!.start);
    expect(firstOn(2).startsWith('information. Really? Is there no information?')).toBe(true);
    expect(firstOn(3).startsWith('you information about the selected font')).toBe(true);
    expect(firstOn(4).startsWith('in of the original language.')).toBe(true);
    expect(doc.text.endsWith('but the length of words should match the language.')).toBe(true);
    expect(doc.blocks.some((b) => /^\d+$/.test(doc.text.slice(b.start, b.end)))).toBe(false);
    expectWellFormed(doc);
  });

  it('reads a two-column paper column by column, with its title as a heading and hyphenated words rejoined', async () => {
    const doc = await read('multicolumn.pdf');
    expect(blockTexts(doc, 'heading').slice(0, 2)).toEqual(['Two-Column Document with Lorem Ipsum', 'Abstract']);
    // Page 1: the foot of the left column comes before the top of the right one, though they share baselines.
    expectInOrder(
      doc.text,
      'This is a sample document with two columns',
      'Vivamus viverra fermentum felis. Donec nonummy',
      'pellentesque ante. Phasellus adipiscing semper elit.',
      'Quisque ullamcorper placerat ipsum.',
    );
    expect(pageAt(doc.blocks, doc.text.indexOf('pellentesque ante. Phasellus adipiscing'))).toBe(1);
    expect(pageAt(doc.blocks, doc.text.indexOf('Table 1: EU Countries Information'))).toBe(3);
    // Words broken at a line end ("adip-/iscing", "Maece-/nas", "conva-/llis") are whole again.
    for (const word of [
      'consectetuer adipiscing elit. Ut purus',
      'Maecenas lacinia',
      'Integer tempus convallis augue',
      'morbi tristique senectus',
    ]) {
      expect(doc.text).toContain(word);
    }
    expect(doc.text).not.toMatch(/adip- ?iscing|Maece- ?nas/);
    // A line that only wraps a left column never joins the right column's line on the same baseline.
    expect(doc.text).not.toContain('with two columns filled pellentesque');
    expectWellFormed(doc);
  });

  it('reads a LibreOffice export of a Word file: bullets as list items with no glyph, a table by rows and cells, and a numbered list item by item', async () => {
    const doc = await read('libreoffice-lists-and-table.pdf');
    // Word's bullet is U+F0B7 in the Symbol font: an invisible character that must not reach the text or a quote.
    expect(doc.text).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(blockTexts(doc, 'list-item')).toEqual([
      '61% waited longer than 20 weeks for a final plan',
      '1 in 4 said nobody explained what happened next',
      'Families with a named caseworker were far happier',
    ]);
    // Each row apart from the text around it, a row's cells apart where LibreOffice left a wide gap between them.
    expect(doc.text).toContain('What families rated\n\nService\tGood Poor\nSENCO at school\t58% 22%\n');
    expect(doc.text).toContain('\n\nHealth visitors\t41% 30%\n\nWhat families want');
    expect(blockTexts(doc, 'paragraph')).toEqual(
      expect.arrayContaining([
        '1. A single named key worker for every family',
        '2. Clear time limits that are kept',
        '3. Training for all school staff',
        'One parent said: “I feel like I have to fight for everything, every single year.”',
      ]),
    );
    expectWellFormed(doc);
  });

  it('reads a PDF with only an owner password (copying "not allowed"), as pdf.js and every viewer do', async () => {
    const doc = await read('owner-password-only.pdf');
    expect(doc.text).toContain('Lorem ipsum dolor sit amet, consetetur sadipscing elitr');
    expectWellFormed(doc);
  });
});

describe('importPdf layout on generated PDFs', () => {
  const hyphenated = makePdf(
    [
      {
        lines: [
          { text: 'Annual Review', y: 780, size: 22 },
          ...paragraph(
            740,
            'The board approved the commis-',
            'sioning of three new services in',
            'the north, with a review of',
            'the Anglo-',
            'Saxon records and costs -',
            'mainly staff - for each year.',
          ),
          ...paragraph(
            630,
            'A second paragraph follows after',
            'a clear gap, about the recom-',
            'mendations made in May.',
          ),
        ],
      },
      { lines: paragraph(780, 'Page two says the procure-', 'ment rules apply in full.') },
    ],
    { Title: '  Annual Review 2024 ', Author: 'Jo Bloggs', Subject: 'ignored' },
  );

  it('rejoins a word split by a line-end hyphen only when the next line starts in lower case', async () => {
    const doc = await importPdf({ fileName: 'review.pdf', bytes: hyphenated }, DEFAULT_IMPORT_LIMITS);
    expect(doc.text).toContain('The board approved the commissioning of three new services in the north');
    expect(doc.text).toContain('about the recommendations made in May.');
    expect(doc.text).toContain('the procurement rules apply in full.');
    expect(doc.text).not.toMatch(/commis-|recom-|procure-/);
    // A capital after the hyphen keeps it (a name, not a broken word); a spaced dash is a dash.
    expect(doc.text).toContain('the Anglo- Saxon records');
    expect(doc.text).toContain('costs - mainly staff - for each year.');
    expectWellFormed(doc);
  });

  it('makes the large title a heading, splits paragraphs at vertical gaps, and tags each with its page', async () => {
    const doc = await importPdf({ fileName: 'review.pdf', bytes: hyphenated }, DEFAULT_IMPORT_LIMITS);
    expect(doc.blocks.map((b) => [b.kind, b.page])).toEqual([
      ['heading', 1],
      ['paragraph', 1],
      ['paragraph', 1],
      ['paragraph', 2],
    ]);
    expect(blockTexts(doc, 'heading')).toEqual(['Annual Review']);
    expect(blockTexts(doc, 'paragraph')[1]).toBe(
      'A second paragraph follows after a clear gap, about the recommendations made in May.',
    );
    expect(pageAt(doc.blocks, doc.text.indexOf('procurement'))).toBe(2);
    expect(pageAt(doc.blocks, doc.text.indexOf('commissioning'))).toBe(1);
    expect(doc.stated).toEqual({ title: 'Annual Review 2024', author: 'Jo Bloggs' });
  });

  it('reads a generated two-column page left column first', async () => {
    const left = paragraph(760, ...Array.from({ length: 12 }, (_, i) => `left column line ${i + 1} text`));
    const right = paragraph(760, ...Array.from({ length: 12 }, (_, i) => `right column line ${i + 1} text`)).map(
      (l) => ({ ...l, x: 320 }),
    );
    const doc = await importPdf(
      { fileName: 'columns.pdf', bytes: makePdf([{ lines: [...left, ...right] }]) },
      DEFAULT_IMPORT_LIMITS,
    );
    expectInOrder(
      doc.text,
      'left column line 1 text',
      'left column line 12 text',
      'right column line 1 text',
      'right column line 12 text',
    );
    expect(doc.text).not.toMatch(/left column line \d+ text right/);
    expectWellFormed(doc);
  });

  it('leaves out a blank Title and Author', async () => {
    const bytes = makePdf([{ lines: paragraph(700, 'Just one line of text here.') }], { Title: '   ', Author: '' });
    const doc = await importPdf({ fileName: 'blank-info.pdf', bytes }, DEFAULT_IMPORT_LIMITS);
    expect(doc.text).toBe('Just one line of text here.');
    expect(doc.stated).toEqual({});
  });
});

describe('importPdf refuses what it cannot read, with a clear message naming the file', () => {
  it.each([
    '002-trivial-libre-office-writer.pdf',
    'google-doc-document.pdf',
    'minimal-document.pdf',
    'multicolumn.pdf',
    'pdflatex-4-pages.pdf',
  ])('the first half of %s is damaged', async (name) => {
    const bytes = fixture(name);
    const error = await refusal(
      importPdf({ fileName: `half-${name}`, bytes: bytes.subarray(0, bytes.length >> 1) }, DEFAULT_IMPORT_LIMITS),
    );
    expect(error.message).toBe(`"half-${name}" is damaged or is not a PDF, so it could not be read.`);
  });

  it('random bytes named .pdf, with or without a PDF header, are damaged', async () => {
    for (const [fileName, bytes] of [
      ['noise.pdf', noise(5000, 7)],
      ['header-then-noise.pdf', new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...noise(5000, 11)])],
      ['text.pdf', new Uint8Array(Buffer.from('This is a plain text file with a .pdf name.\n'))],
    ] as const) {
      const error = await refusal(importPdf({ fileName, bytes }, DEFAULT_IMPORT_LIMITS));
      expect(error.message).toBe(`"${fileName}" is damaged or is not a PDF, so it could not be read.`);
    }
  });

  it('an empty (0-byte) file', async () => {
    const error = await refusal(importPdf({ fileName: 'empty.pdf', bytes: new Uint8Array(0) }, DEFAULT_IMPORT_LIMITS));
    expect(error.message).toBe('"empty.pdf" is empty.');
  });

  it('a password-protected PDF', async () => {
    const error = await refusal(read('password-protected.pdf'));
    expect(error.message).toMatch(
      /^"password-protected\.pdf" is password-protected\. Remove the password \(.*print it to a new PDF\) and import it again\.$/,
    );
  });

  it('a PDF of images with no text layer, and one with a page of nothing at all', async () => {
    const scan = makePdf([{ image: true }, { image: true }]);
    const error = await refusal(importPdf({ fileName: 'scan.pdf', bytes: scan }, DEFAULT_IMPORT_LIMITS));
    expect(error.message).toMatch(
      /^"scan\.pdf" has no text layer \(it looks like scanned images\)[.;] [Rr]un it through OCR first/,
    );

    const blank = makePdf([{}]);
    const blankError = await refusal(importPdf({ fileName: 'blank.pdf', bytes: blank }, DEFAULT_IMPORT_LIMITS));
    expect(blankError.message).toMatch(/^"blank\.pdf" has no text layer/);
  });

  it('more pages than the limit', async () => {
    const error = await refusal(read('pdflatex-4-pages.pdf', { ...DEFAULT_IMPORT_LIMITS, maxPages: 3 }));
    expect(error.message).toBe(
      '"pdflatex-4-pages.pdf" has 4 pages; the most one source can have is 3. Split it into parts.',
    );
    // Exactly at the limit is fine.
    await expect(read('pdflatex-4-pages.pdf', { ...DEFAULT_IMPORT_LIMITS, maxPages: 4 })).resolves.toBeTruthy();
  });

  it('a file over the size limit, before pdf.js reads any of it', async () => {
    // Noise would be "damaged" if parsed: the size message shows it never was.
    const bytes = noise(1024 * 1024 + 1, 3);
    const error = await refusal(
      importPdf({ fileName: 'huge.pdf', bytes }, { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 1024 * 1024 }),
    );
    expect(error.message).toBe('"huge.pdf" is larger than 1 MB, the most one file can be.');
  });

  it('stops reading after the time limit, and the next import still works', async () => {
    const started = Date.now();
    const error = await refusal(read('multicolumn.pdf', { ...DEFAULT_IMPORT_LIMITS, timeoutMs: 5 }));
    expect(error.message).toBe('"multicolumn.pdf" took too long to read and was stopped.');
    expect(Date.now() - started).toBeLessThan(2000);
    const doc = await read('multicolumn.pdf');
    expect(doc.text).toContain('Two-Column Document with Lorem Ipsum');
  });

  it('reads several PDFs at once, each in its own worker', async () => {
    const docs = await Promise.all(
      ['minimal-document.pdf', 'multicolumn.pdf', 'pdflatex-4-pages.pdf'].map((n) => read(n)),
    );
    expect(docs.map((d) => d.text.slice(0, 11))).toEqual(['Lorem ipsum', 'Two-Column ', 'Hello, here']);
  });
});

describe("a PDF's title and kind, as the import names it", () => {
  const body = paragraph(
    700,
    ...Array.from({ length: 6 }, () => 'This review sets out what families told us about support in schools.'),
  );
  const titled = (info: Record<string, string>, heading = 'Evidence review of SEND support') =>
    makePdf([{ lines: [{ text: heading, y: 780, size: 22 }, ...body] }], info);
  const named = async (bytes: Uint8Array, fileName = 'scan_0042.pdf') =>
    metadataFor(await importPdf({ fileName, bytes }, DEFAULT_IMPORT_LIMITS), fileName, 'pdf');

  it('takes the title from its properties', async () => {
    expect((await named(titled({ Title: 'Annual Review 2024' }))).title).toBe('Annual Review 2024');
  });

  it("takes its first heading when the properties hold no title, a tool's placeholder or a file name", async () => {
    for (const Title of [undefined, 'Microsoft Word - draft3.docx', 'Untitled', 'report_final_v2.pdf']) {
      const m = await named(titled(Title === undefined ? {} : { Title }));
      expect(m.title, `stated ${Title}`).toBe('Evidence review of SEND support');
    }
  });

  it('guesses a report from its title and a speech from its opening, for the user to confirm', async () => {
    expect((await named(titled({}))).kind).toBe('report');
    expect((await named(titled({}, 'Speech to the ADCS conference'))).kind).toBe('speech');
    // "Speech and language therapy" is a service, not a kind of document.
    expect((await named(titled({}, 'Speech and language therapy in schools'))).kind).toBe('other');
  });

  it('guesses a slide deck from pages that hold a few words each', async () => {
    const slides = makePdf(
      Array.from({ length: 6 }, (_, i) => ({
        lines: [
          { text: `Slide heading ${i + 1}`, y: 700, size: 28 },
          { text: 'One short point', y: 600 },
        ],
      })),
    );
    expect((await named(slides, 'update.pdf')).kind).toBe('slide-deck');
  });
});
