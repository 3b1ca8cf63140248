import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMPORT_LIMITS,
  type Importer,
  type ImportLimits,
} from '../../../electron/services/importers/importer.ts';
import { decodeText } from '../../../electron/services/importers/text/decodeText.ts';
import { importPlainText } from '../../../electron/services/importers/text/importPlainText.ts';
import { importMarkdown, plainInline } from '../../../electron/services/importers/text/importMarkdown.ts';
import { blocks, bytesOf, expectWellFormed, refusal } from './documentChecks.ts';

async function read(
  importer: Importer,
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
) {
  const doc = await importer({ fileName, bytes }, limits);
  expectWellFormed(doc);
  return doc;
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const WORDS = 'café – “quoted”';
// The same words in Windows-1252: é = E9, en dash = 96, curly quotes = 93 and 94.
const CP1252 = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94];

describe('decoding text files', () => {
  it.each([
    ['UTF-8', bytesOf(WORDS), 'utf-8'],
    ['UTF-8 with a byte-order mark', bytesOf([0xef, 0xbb, 0xbf], WORDS), 'utf-8'],
    ['UTF-16 LE with a byte-order mark', bytesOf([0xff, 0xfe], Buffer.from(WORDS, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', bytesOf([0xfe, 0xff], utf16be(WORDS)), 'utf-16be'],
    ['UTF-16 LE without a byte-order mark', bytesOf(Buffer.from(WORDS, 'utf16le')), 'utf-16le'],
    ['Windows-1252', bytesOf(CP1252), 'windows-1252'],
  ])('%s reads back as exactly the same words', async (_name, bytes, encoding) => {
    expect(decodeText(bytes, 'notes.txt')).toEqual({ text: WORDS, encoding });
    const doc = await read(importPlainText, 'notes.txt', bytes);
    expect(doc.text).toBe(WORDS);
    expect(blocks(doc)).toEqual([['paragraph', WORDS]]);
  });

  it('keeps characters outside the Basic Multilingual Plane in UTF-16', async () => {
    const text = 'Rated 😀 by 𝔭𝔞𝔯𝔢𝔫𝔱𝔰';
    const doc = await read(importPlainText, 'emoji.txt', bytesOf([0xfe, 0xff], utf16be(text)));
    expect(doc.text).toBe(text);
  });

  it('reads a file that says nothing about its encoding as UTF-8 when it is valid UTF-8', () => {
    // These bytes are also valid Windows-1252 ("cafÃ©"); valid UTF-8 wins.
    expect(decodeText(bytesOf('café'), 'a.txt')).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('uses an encoding the file declares, unless a byte-order mark says otherwise or the bytes disagree', () => {
    expect(decodeText(bytesOf([0x63, 0x61, 0x66, 0xe9]), 'a.html', 'iso-8859-1').text).toBe('café');
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf], 'café'), 'a.html', 'windows-1252').text).toBe('café');
    expect(decodeText(bytesOf('café'), 'a.html', 'no-such-charset').text).toBe('café');
    // A page claiming UTF-16 whose bytes are single-byte text is read as UTF-8, as a browser would.
    expect(decodeText(bytesOf('café'), 'a.html', 'utf-16').text).toBe('café');
  });

  it.each([
    ['an executable', bytesOf([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0])],
    ['a PNG image', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    [
      'control characters without zero bytes',
      bytesOf(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x01 + (i % 8) : 0x41))),
    ],
    [
      'UTF-16 with a byte-order mark holding binary',
      bytesOf(
        [0xff, 0xfe],
        Array.from({ length: 200 }, (_, i) => (i % 2 ? 0 : 3)),
      ),
    ],
  ])('refuses %s as not a text file', async (_name, bytes) => {
    expect(await refusal(importPlainText, 'report.txt', bytes)).toBe(
      '"report.txt" does not look like a text file, so it was not imported.',
    );
    expect(await refusal(importMarkdown, 'report.md', bytes)).toMatch(/does not look like a text file/);
  });

  it('refuses an empty file and one over the size limit', async () => {
    expect(await refusal(importPlainText, 'empty.txt', new Uint8Array(0))).toBe('"empty.txt" is empty.');
    expect(await refusal(importMarkdown, 'empty.md', new Uint8Array(0))).toBe('"empty.md" is empty.');
    const big = new Uint8Array(2 * 1024 * 1024).fill(0x61);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 1024 * 1024 };
    expect(await refusal(importPlainText, 'big.txt', big, limits)).toBe(
      '"big.txt" is larger than 1 MB, the most one file can be.',
    );
  });
});

describe('plain text', () => {
  it('keeps the text exactly, with Windows and old Mac line endings made plain, and one block per paragraph', async () => {
    const doc = await read(
      importPlainText,
      'notes.txt',
      bytesOf('First line\r\nstill first\r\n\r\n\r\n  Second  \r\nOld Mac\rline\r\n'),
    );
    expect(doc.text).toBe('First line\nstill first\n\n\n  Second  \nOld Mac\nline\n');
    expect(blocks(doc)).toEqual([
      ['paragraph', 'First line\nstill first'],
      ['paragraph', 'Second  \nOld Mac\nline'],
    ]);
    expect(doc.stated).toEqual({});
  });

  it('drops a byte-order mark and invisible control characters but keeps tabs', async () => {
    const doc = await read(importPlainText, 'notes.txt', bytesOf([0xef, 0xbb, 0xbf], 'Name\tWait\u0007\n\nNext'));
    expect(doc.text).toBe('Name\tWait\n\nNext');
    expect(blocks(doc)).toEqual([
      ['paragraph', 'Name\tWait'],
      ['paragraph', 'Next'],
    ]);
  });

  it('has no blocks for a file of blank lines', async () => {
    const doc = await read(importPlainText, 'blank.txt', bytesOf('\n  \n\t\n'));
    expect(doc.blocks).toEqual([]);
  });
});

describe('Markdown', () => {
  it('turns headings, nested lists and paragraphs into structure, markers removed', async () => {
    const md = [
      '# SEND update',
      '',
      'Some **bold** and _italic_ words with [a link](https://example.org "title") and `code`.',
      'A second line of the same paragraph.',
      '',
      '## Actions ##',
      '',
      '- Fund key workers',
      '  - in every area',
      '    * with training',
      '+ Share records',
      '1. Publish data',
      '2) Review yearly',
      '',
      '### Evidence',
      'Closing words.',
    ].join('\r\n');
    const doc = await read(importMarkdown, 'update.md', bytesOf(md));
    expect(blocks(doc)).toEqual([
      ['heading', 'SEND update'],
      ['paragraph', 'Some bold and italic words with a link and code.\nA second line of the same paragraph.'],
      ['heading', 'Actions'],
      ['list-item', 'Fund key workers'],
      ['list-item', 'in every area'],
      ['list-item', 'with training'],
      ['list-item', 'Share records'],
      ['list-item', 'Publish data'],
      ['list-item', 'Review yearly'],
      ['heading', 'Evidence'],
      ['paragraph', 'Closing words.'],
    ]);
    expect(doc.blocks.map((b) => b.level)).toEqual([1, null, 2, 0, 1, 2, 0, 0, 0, 3, null]);
    expect(doc.stated.title).toBe('SEND update');
    expect(doc.text).not.toMatch(/[#*`]|\]\(|\r/);
  });

  it('reads underlined headings, quotations, rules, code blocks and tables', async () => {
    const md = [
      'Council report',
      '==============',
      '',
      'Background',
      '----------',
      '',
      '> Parents told us the wait',
      '> was too long.',
      '',
      '---',
      '',
      '```js',
      'const **notEmphasis** = 1;',
      '  indented();',
      '```',
      '',
      '| Area | Wait |',
      '|:-----|-----:|',
      '| Speech therapy | 40 weeks |',
      '| OT | `12` weeks |',
      '',
      'After the table.',
    ].join('\n');
    const doc = await read(importMarkdown, 'report.md', bytesOf(md));
    expect(blocks(doc)).toEqual([
      ['heading', 'Council report'],
      ['heading', 'Background'],
      ['paragraph', 'Parents told us the wait\nwas too long.'],
      ['paragraph', 'const **notEmphasis** = 1;\n  indented();'],
      ['table-cell', 'Area'],
      ['table-cell', 'Wait'],
      ['table-cell', 'Speech therapy'],
      ['table-cell', '40 weeks'],
      ['table-cell', 'OT'],
      ['table-cell', '12 weeks'],
      ['paragraph', 'After the table.'],
    ]);
    expect(doc.blocks.slice(0, 2).map((b) => b.level)).toEqual([1, 2]);
  });

  it('does not mistake ordinary text for Markdown', async () => {
    const md =
      'In the year\n2020. A year of change.\n\nUse my_var_name and 2 * 3 * 4 and #hashtag here.\n\n-5 degrees outside.';
    const doc = await read(importMarkdown, 'notes.md', bytesOf(md));
    expect(blocks(doc)).toEqual([
      ['paragraph', 'In the year\n2020. A year of change.'],
      ['paragraph', 'Use my_var_name and 2 * 3 * 4 and #hashtag here.'],
      ['paragraph', '-5 degrees outside.'],
    ]);
  });

  it('joins a list item continued on the next line and takes metadata from front matter', async () => {
    const md =
      '---\ntitle: "Our response"\nauthor: Anytown Forum\ndate: 2024-03-05\n---\n\n- A long item\n  that continues\n- Next\n';
    const doc = await read(importMarkdown, 'response.md', bytesOf(md));
    expect(blocks(doc)).toEqual([
      ['list-item', 'A long item\nthat continues'],
      ['list-item', 'Next'],
    ]);
    expect(doc.stated).toEqual({ title: 'Our response', author: 'Anytown Forum', publishedOn: '2024-03-05' });
  });

  it('reads Markdown saved as UTF-16 with Windows line endings', async () => {
    const doc = await read(
      importMarkdown,
      'wide.md',
      bytesOf([0xff, 0xfe], Buffer.from('## Café\r\n\r\n- “quoted”\r\n', 'utf16le')),
    );
    expect(blocks(doc)).toEqual([
      ['heading', 'Café'],
      ['list-item', '“quoted”'],
    ]);
  });

  it('turns inline Markdown into the words a reader sees', () => {
    expect(plainInline('**bold**, __strong__, *it*, _em_, ~~gone~~')).toBe('bold, strong, it, em, gone');
    expect(plainInline('![A chart](chart.png) and [text][ref] and <https://example.org>')).toBe(
      'A chart and text and https://example.org',
    );
    expect(plainInline('Escaped \\*stars\\* and `**code**` stay')).toBe('Escaped *stars* and **code** stay');
    expect(plainInline('snake_case_name and file_1_final.docx')).toBe('snake_case_name and file_1_final.docx');
  });
});
