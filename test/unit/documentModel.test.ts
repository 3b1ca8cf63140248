import { describe, expect, it } from 'vitest';
import { draftToDocument } from '../../shared/draft/documentModel.ts';

type Node = Record<string, unknown>;

const text = (value: string, format = 0): Node => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const heading = (tag: string, value: string): Node => ({ type: 'heading', version: 1, tag, format: '', children: [text(value)] });
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, format: '', children });
const state = (...children: Node[]) => JSON.stringify({ root: { type: 'root', version: 1, children } });

const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

describe('draftToDocument', () => {
  it('keeps the title and subtitle it is given', () => {
    const doc = draftToDocument(state(paragraph(text('x'))), 'My response', 'SEND Review');
    expect(doc.title).toBe('My response');
    expect(doc.subtitle).toBe('SEND Review');
  });

  it('maps heading tags to levels 1-3, deeper ones to 3', () => {
    const doc = draftToDocument(state(heading('h1', 'One'), heading('h2', 'Two'), heading('h3', 'Three'), heading('h5', 'Five')), 'T', null);
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'One' },
      { kind: 'heading', level: 2, text: 'Two' },
      { kind: 'heading', level: 3, text: 'Three' },
      { kind: 'heading', level: 3, text: 'Five' },
    ]);
  });

  it('keeps bold, italic and underline on the right runs', () => {
    const doc = draftToDocument(
      state(paragraph(text('plain '), text('bold', BOLD), text(' both', BOLD | ITALIC), text(' under', UNDERLINE))),
      'T',
      null,
    );
    expect(doc.blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'plain ', bold: false, italic: false, underline: false },
          { text: 'bold', bold: true, italic: false, underline: false },
          { text: ' both', bold: true, italic: true, underline: false },
          { text: ' under', bold: false, italic: false, underline: true },
        ],
      },
    ]);
  });

  it('drops empty and blank paragraphs and empty headings', () => {
    const doc = draftToDocument(
      state(paragraph(), heading('h2', '   '), paragraph(text('  \n ')), paragraph(text('Kept.')), paragraph()),
      'T',
      null,
    );
    expect(doc.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Kept.', bold: false, italic: false, underline: false }] }]);
  });

  it('keeps a line break inside a paragraph', () => {
    const doc = draftToDocument(state(paragraph(text('one'), { type: 'linebreak', version: 1 }, text('two'))), 'T', null);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'one' }, { text: '\n' }, { text: 'two' }] });
  });

  it('keeps a source quote block with its exact text, ids and citation', () => {
    const quoted = '‘SEND is a huge priority for my department – and we’ll be saying more’\nabout it.  ';
    const doc = draftToDocument(
      state(
        heading('h3', 'Question 1: Standards'),
        { type: 'source-quote', version: 1, format: '', quoteId: 7, sourceId: 3, text: quoted, citation: 'Speech, 5 July 2018' },
        paragraph(text('Our answer.')),
      ),
      'T',
      null,
    );
    expect(doc.blocks).toHaveLength(3);
    expect(doc.blocks[1]).toEqual({ kind: 'quote', quoteId: 7, sourceId: 3, text: quoted, citation: 'Speech, 5 July 2018' });
  });

  it('keeps lists, ordered or not, without blank items', () => {
    const item = (...children: Node[]): Node => ({ type: 'listitem', version: 1, value: 1, children });
    const doc = draftToDocument(
      state(
        { type: 'list', version: 1, listType: 'number', tag: 'ol', children: [item(text('first')), item(), item(text('second'))] },
        { type: 'list', version: 1, listType: 'bullet', tag: 'ul', children: [item(text('point'))] },
      ),
      'T',
      null,
    );
    expect(doc.blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [[{ text: 'first', bold: false, italic: false, underline: false }], [{ text: 'second', bold: false, italic: false, underline: false }]],
      },
      { kind: 'list', ordered: false, items: [[{ text: 'point', bold: false, italic: false, underline: false }]] },
    ]);
  });

  it('keeps the text of links and other inline containers', () => {
    const link: Node = { type: 'link', version: 1, url: 'https://example.org', children: [text('the report')] };
    const doc = draftToDocument(state(paragraph(text('See '), link, text('.'))), 'T', null);
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'See ' }, { text: 'the report' }, { text: '.' }] });
  });

  it('throws a clear error for a draft that is not JSON', () => {
    expect(() => draftToDocument('{"root": [', 'T', null)).toThrow(/not valid JSON/);
  });

  it('throws for JSON that is not an editor state', () => {
    expect(() => draftToDocument(JSON.stringify({ hello: 'world' }), 'T', null)).toThrow();
    expect(() => draftToDocument(JSON.stringify({ root: { type: 'paragraph', children: [] } }), 'T', null)).toThrow();
  });

  it('throws for a source quote block with a bad id rather than exporting it uncited', () => {
    const bad = { type: 'source-quote', version: 1, quoteId: -1, sourceId: 3, text: 'x', citation: 'c' };
    expect(() => draftToDocument(state(bad), 'T', null)).toThrow();
  });
});
