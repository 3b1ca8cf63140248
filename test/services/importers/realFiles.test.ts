import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageAt } from '../../../shared/sources/sourceStructure.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import { importPdf } from '../../../electron/services/importers/pdf/importPdf.ts';
import { blockTexts, expectInOrder, expectWellFormed } from './documentChecks.ts';

const load = (path: string) => ({ fileName: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });

describe('PDFs from other tools (py-pdf sample files)', () => {
  it('reads LibreOffice, Google Docs and pdfLaTeX exports in order, with the page of every character', async () => {
    const writer = await importPdf(
      load('test/fixtures/pdf/002-trivial-libre-office-writer.pdf'),
      DEFAULT_IMPORT_LIMITS,
    );
    expect(writer.text).toContain('Lorem ipsum dolor sit amet, consetetur sadipscing elitr');

    const google = await importPdf(load('test/fixtures/pdf/google-doc-document.pdf'), DEFAULT_IMPORT_LIMITS);
    expect(google.stated.title).toBe('PDF Example Document');
    expect(blockTexts(google, 'heading')[0]).toBe('Example document');
    expectInOrder(google.text, 'Beautiful is better than ugly.', 'Readability counts.', 'Capital\tJakarta\tBerlin');

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
    expect(blockTexts(paper, 'heading').slice(0, 2)).toEqual(['Two-Column Document with Lorem Ipsum', 'Abstract']);
    // The left column ends before the right column begins, though they share baselines.
    expectInOrder(
      paper.text,
      'This is a sample document with two columns',
      'Quisque ullamcorper placerat ipsum',
      'lacus vel est. Curabitur consectetuer',
    );
    expect(paper.text).toContain('consectetuer adipiscing elit');
    expect(paper.text).not.toContain('adip-');
    expectWellFormed(paper);
  });
});
