import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import { importPlainText } from '../../../electron/services/importers/text/importPlainText.ts';
import { importMarkdown } from '../../../electron/services/importers/text/importMarkdown.ts';
import { importHtml } from '../../../electron/services/importers/html/importHtml.ts';
import type { ExtractedDocument } from '../../../shared/sources/sourceStructure.ts';

const WORDS = 'Café – “quoted” £250 naïve';
const file = (fileName: string, bytes: Uint8Array | Buffer) => ({ fileName, bytes: new Uint8Array(bytes) });
const blocks = (doc: ExtractedDocument) => doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('text encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(WORDS, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WORDS, 'utf8')])],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WORDS, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(WORDS)])],
    // Windows-1252: é=E9, en dash=96, curly quotes=93/94, pound=A3, ï=EF
    [
      'Windows-1252',
      Buffer.from([
        0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0xa3, 0x32,
        0x35, 0x30, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65,
      ]),
    ],
  ])('%s reads back as the same words', async (_name, bytes) => {
    const doc = await importPlainText(file('notes.txt', bytes), DEFAULT_IMPORT_LIMITS);
    expect(doc.text).toBe(WORDS);
  });

  it('keeps a text file exactly, with Windows line endings made plain, and one block per paragraph', async () => {
    const doc = await importPlainText(
      file('notes.txt', Buffer.from('First line\r\nstill first\r\n\r\n\r\n  Second  \r\n')),
      DEFAULT_IMPORT_LIMITS,
    );
    expect(doc.text).toBe('First line\nstill first\n\n\n  Second  \n');
    expect(blocks(doc)).toEqual([
      ['paragraph', 'First line\nstill first'],
      ['paragraph', 'Second'],
    ]);
  });
});

describe('Markdown', () => {
  it('turns headings and nested lists into structure and drops the markers', async () => {
    const md =
      '# SEND update\n\nSome **bold** and _italic_ words with [a link](https://example.org).\n\n## Actions\n\n- Fund key workers\n  - in every area\n1. Publish data\n';
    const doc = await importMarkdown(file('update.md', Buffer.from(md)), DEFAULT_IMPORT_LIMITS);
    expect(blocks(doc)).toEqual([
      ['heading', 'SEND update'],
      ['paragraph', 'Some bold and italic words with a link.'],
      ['heading', 'Actions'],
      ['list-item', 'Fund key workers'],
      ['list-item', 'in every area'],
      ['list-item', 'Publish data'],
    ]);
    expect(doc.blocks.map((b) => b.level)).toEqual([1, null, 2, 0, 1, 0]);
    expect(doc.stated.title).toBe('SEND update');
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Council SEND update</title>
    <meta name="author" content="Anytown Council"><link rel="canonical" href="https://example.org/send-update">
    <meta property="article:published_time" content="2024-02-03T10:00:00Z">
    <script>document.title = 'hacked'; fetch('https://evil.example')</script><style>p { color: red }</style></head>
    <body onload="alert(1)"><header>Site header</header><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <main><h1>Council SEND update</h1><p onclick="alert(2)">The council agreed <b>joint&nbsp;commissioning</b> &amp; funding.</p>
    <iframe src="https://evil.example"></iframe><div hidden>Secret hidden text</div><p aria-hidden="true">Decorative</p>
    <ul><li>First action<ul><li>Nested detail</li></ul></li><li>Second action</li></ul>
    <table><tr><th>Area</th><th>Wait</th></tr><tr><td>Speech therapy</td><td>40 weeks</td></tr></table>
    <p>Line one<br>Line two</p><img src=x onerror="alert(3)" alt="Chart of waiting times"></main>
    <footer>Cookie settings</footer><noscript>Enable JavaScript</noscript></body></html>`;

  it('keeps the article text and its structure, and nothing that could run or is page furniture', async () => {
    const doc = await importHtml(file('update.html', Buffer.from(page)), DEFAULT_IMPORT_LIMITS);
    expect(blocks(doc)).toEqual([
      ['heading', 'Council SEND update'],
      ['paragraph', 'The council agreed joint\u00a0commissioning & funding.'],
      ['list-item', 'First action'],
      ['list-item', 'Nested detail'],
      ['list-item', 'Second action'],
      ['table-cell', 'Area'],
      ['table-cell', 'Wait'],
      ['table-cell', 'Speech therapy'],
      ['table-cell', '40 weeks'],
      ['paragraph', 'Line one\nLine two'],
      ['paragraph', 'Chart of waiting times'],
    ]);
    for (const bad of [
      'hacked',
      'evil',
      'alert',
      'color: red',
      'Home',
      'Site header',
      'Cookie',
      'Secret',
      'Decorative',
      'JavaScript',
    ]) {
      expect(doc.text).not.toContain(bad);
    }
    expect(doc.stated).toEqual({
      title: 'Council SEND update',
      author: 'Anytown Council',
      url: 'https://example.org/send-update',
      publishedOn: '2024-02-03',
    });
  });

  it('reads a page that declares Windows-1252', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
      Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
      Buffer.from('</p></body></html>'),
    ]);
    const doc = await importHtml(file('old.html', bytes), DEFAULT_IMPORT_LIMITS);
    expect(doc.text).toBe('“Café”');
  });
});
