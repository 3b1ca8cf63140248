import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageAt, type SourceBlock } from '../../../shared/sources/sourceStructure.ts';
import type { ExtractedDocument } from '../../../shared/sources/sourceStructure.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import { importDocx } from '../../../electron/services/importers/docx/importDocx.ts';
import { importPdf } from '../../../electron/services/importers/pdf/importPdf.ts';

const load = (path: string) => ({ fileName: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });
const kinds = (doc: ExtractedDocument, kind: SourceBlock['kind']) =>
  doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

function expectWellFormed(doc: ExtractedDocument) {
  let previousEnd = 0;
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(text.trim());
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = block.end;
  }
}

function expectInOrder(text: string, ...phrases: string[]) {
  const at = phrases.map((p) => text.indexOf(p));
  at.forEach((i, n) => expect(i, phrases[n]).toBeGreaterThanOrEqual(0));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

describe('Word documents from another tool (mammoth.js test files)', () => {
  it('reads a single paragraph, a list, a table in row order, and footnotes as notes', async () => {
    const single = await importDocx(load('test/fixtures/docx/single-paragraph.docx'), DEFAULT_IMPORT_LIMITS);
    expect(single.text).toBe('Walking on imported air');

    const list = await importDocx(load('test/fixtures/docx/simple-list.docx'), DEFAULT_IMPORT_LIMITS);
    expect(kinds(list, 'list-item')).toEqual(['Apple', 'Banana']);

    const tables = await importDocx(load('test/fixtures/docx/tables.docx'), DEFAULT_IMPORT_LIMITS);
    expect(kinds(tables, 'table-cell')).toEqual(['Top left', 'Top right', 'Bottom left', 'Bottom right']);
    expectInOrder(tables.text, 'Above', 'Top left', 'Bottom right', 'Below');

    const notes = await importDocx(load('test/fixtures/docx/footnotes.docx'), DEFAULT_IMPORT_LIMITS);
    expect(kinds(notes, 'note')).toEqual(['A tachyon walks into a bar.', 'Fin.']);
    expect(notes.text).not.toContain('↑');

    const bom = await importDocx(load('test/fixtures/docx/utf8-bom.docx'), DEFAULT_IMPORT_LIMITS);
    expect(bom.text).toBe('This XML has a byte order mark.');
    for (const doc of [single, list, tables, notes, bom]) expectWellFormed(doc);
  });
});

describe('PDFs from other tools (py-pdf sample files)', () => {
  it('reads LibreOffice, Google Docs and pdfLaTeX exports in order, with the page of every character', async () => {
    const writer = await importPdf(load('test/fixtures/pdf/002-trivial-libre-office-writer.pdf'), DEFAULT_IMPORT_LIMITS);
    expect(writer.text).toContain('Lorem ipsum dolor sit amet, consetetur sadipscing elitr');

    const google = await importPdf(load('test/fixtures/pdf/google-doc-document.pdf'), DEFAULT_IMPORT_LIMITS);
    expect(google.stated.title).toBe('PDF Example Document');
    expect(kinds(google, 'heading')[0]).toBe('Example document');
    expectInOrder(google.text, 'Beautiful is better than ugly.', 'Readability counts.', 'Capital Jakarta Berlin');

    const four = await importPdf(load('test/fixtures/pdf/pdflatex-4-pages.pdf'), DEFAULT_IMPORT_LIMITS);
    expect(Math.max(...four.blocks.map((b) => b.page ?? 0))).toBe(4);
    expect(pageAt(four.blocks, four.text.indexOf('Hello, here is some text without a meaning.'))).toBe(1);
    // The same filler text repeats on every page, so check where each page starts: page 3 opens mid-sentence.
    const pageStarts = [1, 2, 3, 4].map((n) => four.blocks.find((b) => b.page === n)!);
    expect(four.text.slice(pageStarts[2]!.start).startsWith('you information about the selected font')).toBe(true);
    expect(pageAt(four.blocks, pageStarts[2]!.start + 10)).toBe(3);
    expect(pageAt(four.blocks, pageStarts[2]!.start - 5)).toBe(2);
    expect(four.blocks.map((b) => b.page)).toEqual([...four.blocks.map((b) => b.page)].sort());
    // Page numbers are furniture: no block is just a number.
    expect(four.blocks.some((b) => /^\d+$/.test(four.text.slice(b.start, b.end)))).toBe(false);
    for (const doc of [writer, google, four]) expectWellFormed(doc);
  });

  it('reads a two-column paper column by column and rejoins words hyphenated at a line end', async () => {
    const paper = await importPdf(load('test/fixtures/pdf/multicolumn.pdf'), DEFAULT_IMPORT_LIMITS);
    expect(kinds(paper, 'heading').slice(0, 2)).toEqual(['Two-Column Document with Lorem Ipsum', 'Abstract']);
    // The left column ends before the right column begins, though they share baselines.
    expectInOrder(paper.text, 'This is a sample document with two columns', 'Quisque ullamcorper placerat ipsum', 'lacus vel est. Curabitur consectetuer');
    expect(paper.text).toContain('consectetuer adipiscing elit');
    expect(paper.text).not.toContain('adip-');
    expectWellFormed(paper);
  });
});
