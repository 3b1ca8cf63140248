import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../shared/sources/documentBuilder.ts';
import { plainTextDocument } from '../../shared/sources/plainTextDocument.ts';
import { readerPlan, type ReaderItem } from '../../shared/sources/readerPlan.ts';
import { pageAt, type SourceBlock } from '../../shared/sources/sourceStructure.ts';
import type { QuoteRange } from '../../shared/quotes/highlightSegments.ts';
import { rng } from '../support/seededRandom.ts';

/** Each block's slice of the text, in order. */
const slices = (text: string, blocks: readonly SourceBlock[]) => blocks.map((b) => text.slice(b.start, b.end));

/** What lies between consecutive blocks. */
const separators = (text: string, blocks: readonly SourceBlock[]) =>
  blocks.slice(1).map((b, i) => text.slice(blocks[i]!.end, b.start));

const block = (start: number, end: number, extra: Partial<SourceBlock> = {}): SourceBlock => ({
  kind: 'paragraph',
  start,
  end,
  level: null,
  page: null,
  ...extra,
});

describe('DocumentBuilder', () => {
  it('records blocks whose slices are exactly their (trimmed) text, separated by a blank line', () => {
    const b = new DocumentBuilder();
    b.heading('  Chapter one  ', 2);
    b.paragraph('First paragraph.');
    b.note('A note.');
    b.paragraph('Second\r\nparagraph   \r\nacross lines.');
    const doc = b.build();

    expect(doc.text).toBe('Chapter one\n\nFirst paragraph.\n\nA note.\n\nSecond\nparagraph\nacross lines.');
    expect(slices(doc.text, doc.blocks)).toEqual([
      'Chapter one',
      'First paragraph.',
      'A note.',
      'Second\nparagraph\nacross lines.',
    ]);
    expect(doc.blocks.map((x) => x.kind)).toEqual(['heading', 'paragraph', 'note', 'paragraph']);
    expect(doc.blocks[0]!.level).toBe(2);
    expect(separators(doc.text, doc.blocks)).toEqual(['\n\n', '\n\n', '\n\n']);
    expect(b.length).toBe(doc.text.length);
  });

  it('separates consecutive list items by one line break, and a list from other blocks by a blank line', () => {
    const b = new DocumentBuilder();
    b.paragraph('Intro');
    b.listItem('one');
    b.listItem('two', 1);
    b.listItem('three');
    b.paragraph('After');
    b.listItem('again');
    const doc = b.build();

    expect(doc.text).toBe('Intro\n\none\ntwo\nthree\n\nAfter\n\nagain');
    expect(separators(doc.text, doc.blocks)).toEqual(['\n\n', '\n', '\n', '\n\n', '\n\n']);
    expect(doc.blocks.map((x) => x.level)).toEqual([null, 0, 1, 0, null, 0]);
  });

  it('lays out table cells with tabs and rows with line breaks, keeping empty cells in place', () => {
    const b = new DocumentBuilder();
    b.paragraph('Before');
    b.tableRow(['Name', 'Role']);
    b.tableRow(['  Ann \n Smith ', '']);
    b.tableRow(['', '  ']); // all empty: skipped
    b.tableRow(['Bob', 'Chair']);
    b.endTable();
    b.paragraph('After');
    const doc = b.build();

    expect(doc.text).toBe('Before\n\nName\tRole\nAnn Smith\t\nBob\tChair\n\nAfter');
    const cells = doc.blocks.filter((x) => x.kind === 'table-cell');
    expect(slices(doc.text, cells)).toEqual(['Name', 'Role', 'Ann Smith', '', 'Bob', 'Chair']);
    expect(slices(doc.text, doc.blocks)).toEqual(['Before', 'Name', 'Role', 'Ann Smith', '', 'Bob', 'Chair', 'After']);
  });

  it('starts a second table after endTable() as a new group, separated by a blank line', () => {
    const b = new DocumentBuilder();
    b.tableRow(['a', 'b']);
    b.endTable();
    b.tableRow(['c', 'd']);
    expect(b.build().text).toBe('a\tb\n\nc\td');
  });

  it('skips empty and whitespace-only blocks without leaving extra separators', () => {
    const b = new DocumentBuilder();
    b.paragraph('   ');
    b.heading('', 1);
    b.paragraph('Only');
    b.listItem('\n\t ');
    b.note('');
    b.paragraph('Last');
    const doc = b.build();
    expect(doc.text).toBe('Only\n\nLast');
    expect(doc.blocks).toHaveLength(2);
  });

  it('clamps heading levels to 1-6', () => {
    const b = new DocumentBuilder();
    b.heading('low', 0);
    b.heading('high', 9);
    expect(b.build().blocks.map((x) => x.level)).toEqual([1, 6]);
  });

  it('tags blocks with the page set before them, and null before any page', () => {
    const b = new DocumentBuilder();
    b.paragraph('cover');
    b.setPage(1);
    b.heading('Title', 1);
    b.paragraph('page one');
    b.setPage(2);
    b.paragraph('page two');
    b.tableRow(['cell']);
    const doc = b.build({ title: 'Stated' });
    expect(doc.blocks.map((x) => x.page)).toEqual([null, 1, 1, 2, 2]);
    expect(doc.stated).toEqual({ title: 'Stated' });
  });

  it('builds an empty document when nothing is added', () => {
    expect(new DocumentBuilder().build()).toEqual({ text: '', blocks: [], stated: {} });
  });
});

describe('pageAt', () => {
  const b = new DocumentBuilder();
  b.setPage(1);
  b.paragraph('one one one');
  b.paragraph('one again');
  b.setPage(3);
  b.paragraph('three');
  const doc = b.build();

  it('gives the page of the block an offset falls in, and of the block before a gap', () => {
    const [p1, p1b, p3] = doc.blocks as [SourceBlock, SourceBlock, SourceBlock];
    expect(pageAt(doc.blocks, 0)).toBe(1);
    expect(pageAt(doc.blocks, p1.end - 1)).toBe(1);
    expect(pageAt(doc.blocks, p1.end)).toBe(1); // in the separator
    expect(pageAt(doc.blocks, p1b.start + 2)).toBe(1);
    expect(pageAt(doc.blocks, p3.start - 1)).toBe(1);
    expect(pageAt(doc.blocks, p3.start)).toBe(3);
    expect(pageAt(doc.blocks, doc.text.length)).toBe(3);
  });

  it('is null for unpaged sources and for text before the first paged block', () => {
    expect(pageAt(plainTextDocument('a\n\nb').blocks, 3)).toBeNull();
    expect(pageAt([], 0)).toBeNull();
    expect(pageAt([block(0, 5), block(7, 10, { page: 4 })], 6)).toBeNull();
    expect(pageAt([block(0, 5), block(7, 10, { page: 4 })], 8)).toBe(4);
  });
});

describe('plainTextDocument', () => {
  it('keeps the text byte-identical, whitespace and blank lines included', () => {
    const texts = [
      '',
      '   ',
      '\n\n\n',
      '  leading spaces\n\n\n\ntrailing  \n\n',
      '\tTabbed\r\nline\n \n\nNext',
      'one line without newline',
      '\u00a0nbsp\u00a0\n\n\u2003em space',
    ];
    for (const text of texts) expect(plainTextDocument(text).text).toBe(text);
  });

  it("records each paragraph's trimmed span: runs of non-blank lines separated by blank or whitespace-only lines", () => {
    const text = '\n\n  First para\nsecond line  \n\n\n\t\nSecond para\n   \nThird\n\n';
    const doc = plainTextDocument(text);
    expect(slices(text, doc.blocks)).toEqual(['First para\nsecond line', 'Second para', 'Third']);
    expect(doc.blocks.every((b) => b.kind === 'paragraph' && b.level === null && b.page === null)).toBe(true);
    expect(doc.stated).toEqual({});
  });

  it('has no blocks for blank text and one block for a single line', () => {
    expect(plainTextDocument('\n  \n\t\n').blocks).toEqual([]);
    expect(plainTextDocument('  hello  ').blocks).toEqual([block(2, 7)]);
  });

  it('finds every paragraph of a real-looking document in order, each one trimmed and non-empty', () => {
    const paras = [
      'Special Educational Needs',
      '(asked on 15th March 2024) - View Source',
      'Answered by\nDavid Johnston Portrait\nDavid Johnston',
    ];
    const text = `${paras.join('\n\n\n')}\n`;
    const doc = plainTextDocument(text);
    expect(slices(text, doc.blocks)).toEqual(paras);
    for (const b of doc.blocks) {
      const s = text.slice(b.start, b.end);
      expect(s).toBe(s.trim());
      expect(s.length).toBeGreaterThan(0);
    }
  });
});

/** The characters each item covers: gaps as they are, blocks through their segments. */
function itemSlices(text: string, items: ReaderItem[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'gap' ? [text.slice(item.start, item.end)] : item.segments.map((s) => text.slice(s.start, s.end)),
  );
}

function expectCoversInOrder(text: string, items: ReaderItem[]) {
  let at = 0;
  for (const item of items) {
    const ranges = item.kind === 'gap' ? [item] : item.segments;
    for (const r of ranges) {
      expect(r.start).toBe(at);
      expect(r.end).toBeGreaterThan(r.start);
      at = r.end;
    }
  }
  expect(at).toBe(text.length);
  expect(itemSlices(text, items).join('')).toBe(text);
}

describe('readerPlan', () => {
  it('lays out blocks and the gaps between them, drawing line breaks only between table rows', () => {
    const b = new DocumentBuilder();
    b.paragraph('Intro');
    b.tableRow(['a', 'b']);
    b.tableRow(['c', 'd']);
    b.endTable();
    b.paragraph('End');
    const { text, blocks } = b.build();
    const items = readerPlan(text, blocks, [], null);

    expectCoversInOrder(text, items);
    const gaps = items.filter((i) => i.kind === 'gap');
    expect(gaps.map((g) => [text.slice(g.start, g.end), g.lineBreak])).toEqual([
      ['\n\n', false],
      ['\t', false],
      ['\n', true],
      ['\t', false],
      ['\n\n', true],
    ]);
  });

  it('treats a text without blocks as one paragraph', () => {
    const items = readerPlan('just text', [], [{ start: 5, end: 9, quoteId: 7 }], null);
    expect(items).toHaveLength(1);
    const only = items[0]!;
    expect(only.kind).toBe('block');
    if (only.kind !== 'block') return;
    expect(only.segments.map((s) => [s.start, s.end, s.quoteIds])).toEqual([
      [0, 5, []],
      [5, 9, [7]],
    ]);
  });

  it('marks quoted and focused runs exactly at their boundaries, even across a block boundary', () => {
    const text = 'aaaa\n\nbbbb';
    const blocks = [block(0, 4), block(6, 10)];
    const items = readerPlan(text, blocks, [{ start: 2, end: 8, quoteId: 3 }], { start: 3, end: 7 });
    expectCoversInOrder(text, items);
    const segs = items.flatMap((i) => (i.kind === 'block' ? i.segments : []));
    expect(segs.map((s) => ({ t: text.slice(s.start, s.end), q: s.quoteIds, f: s.inFocus }))).toEqual([
      { t: 'aa', q: [], f: false },
      { t: 'a', q: [3], f: false },
      { t: 'a', q: [3], f: true },
      { t: 'b', q: [3], f: true },
      { t: 'b', q: [3], f: false },
      { t: 'bb', q: [], f: false },
    ]);
  });

  it('shows a page start only where the page changes', () => {
    const text = 'p1\n\np1\n\np2';
    const items = readerPlan(
      text,
      [block(0, 2, { page: 1 }), block(4, 6, { page: 1 }), block(8, 10, { page: 2 })],
      [],
      null,
    );
    expect(items.flatMap((i) => (i.kind === 'block' ? [i.pageStart] : []))).toEqual([1, null, 2]);
  });

  it('covers every character exactly once, in order, with correct quote ids and focus, for random layouts', () => {
    const random = rng(20240325);
    const int = (n: number) => Math.floor(random() * n);
    for (let c = 0; c < 200; c++) {
      const length = int(120);
      const text = Array.from({ length }, () => 'ab \n\t'[int(5)]).join('');

      // Ordered, non-overlapping blocks (possibly empty, possibly touching) with random gaps.
      const blocks: SourceBlock[] = [];
      for (let at = int(4); at <= length && random() < 0.85;) {
        const end = Math.min(length, at + int(25));
        blocks.push(
          block(at, end, {
            kind: random() < 0.3 ? 'table-cell' : 'paragraph',
            page: random() < 0.3 ? 1 + int(3) : null,
          }),
        );
        at = end + int(4);
      }
      const quotes: QuoteRange[] = Array.from({ length: int(5) }, (_, i) => {
        const start = int(length + 10) - 5;
        return { start, end: start + int(30), quoteId: i + 1 };
      });
      const focusStart = int(length + 1);
      const focus = random() < 0.5 ? { start: focusStart, end: focusStart + int(20) } : null;

      const items = readerPlan(text, blocks, quotes, focus);
      expectCoversInOrder(text, items);

      // Each character: in a block segment iff some block covers it; that segment's quotes and focus are right.
      const inBlock = new Array<boolean>(length).fill(blocks.length === 0);
      for (const b of blocks) for (let i = b.start; i < b.end; i++) inBlock[i] = true;
      for (const item of items) {
        if (item.kind === 'gap') {
          for (let i = item.start; i < item.end; i++)
            expect(inBlock[i], `case ${c}: char ${i} is in a block, not a gap`).toBe(false);
          continue;
        }
        for (const s of item.segments) {
          for (let i = s.start; i < s.end; i++) {
            expect(inBlock[i], `case ${c}: char ${i} is a gap, not a block`).toBe(true);
            const expectedIds = quotes.filter((q) => q.start <= i && i < q.end).map((q) => q.quoteId);
            expect(
              [...s.quoteIds].sort((x, y) => x - y),
              `case ${c}: quotes at ${i}`,
            ).toEqual(expectedIds);
            expect(s.inFocus, `case ${c}: focus at ${i}`).toBe(focus !== null && focus.start <= i && i < focus.end);
          }
        }
      }
    }
  });
});
