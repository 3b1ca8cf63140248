import { describe, expect, it } from 'vitest';
import { draftToDocument } from '../../shared/draft/documentModel.ts';
import { NO_RESPONSE, sendable } from '../../shared/draft/sendable.ts';
import { ANNEXES } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';

type Node = Record<string, unknown>;

const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const heading = (tag: string, value: string): Node => ({
  type: 'heading',
  version: 1,
  tag,
  format: '',
  children: [text(value)],
});
const question = (questionId: number, value: string): Node => ({
  ...heading('h3', value),
  $: { [QUESTION_STATE_KEY]: questionId },
});
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

  it('maps heading tags to levels 1-4, deeper ones to 4', () => {
    const doc = draftToDocument(
      state(
        heading('h1', 'One'),
        heading('h2', 'Two'),
        heading('h3', 'Three'),
        heading('h4', 'Four'),
        heading('h5', 'Five'),
      ),
      'T',
      null,
    );
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'One' },
      { kind: 'heading', level: 2, text: 'Two' },
      { kind: 'heading', level: 3, text: 'Three' },
      { kind: 'heading', level: 4, text: 'Four' },
      { kind: 'heading', level: 4, text: 'Five' },
    ]);
  });

  it('makes any heading inside an answer a sub-heading below the question, and an h2 end the answer', () => {
    const doc = draftToDocument(
      state(
        question(11, 'Question 1: Standards'),
        heading('h4', 'Our view'),
        paragraph(text('Yes.')),
        heading('h1', 'Pasted from Word'),
        heading('h3', 'Also pasted'),
        heading('h2', 'Other comments'),
        heading('h3', 'Not in an answer'),
      ),
      'T',
      null,
    );
    expect(doc.blocks.map((b) => (b.kind === 'heading' ? [b.text, b.level] : b.kind))).toEqual([
      ['Question 1: Standards', 3],
      ['Our view', 4],
      'paragraph',
      ['Pasted from Word', 4],
      ['Also pasted', 4],
      ['Other comments', 2],
      ['Not in an answer', 3],
    ]);
  });

  it('leaves out an Annexes part with nothing in it', () => {
    const empty = draftToDocument(
      state(
        heading('h2', 'Recommendations'),
        paragraph(text('Fund it.')),
        heading('h2', ANNEXES),
        paragraph(),
        heading('h4', ' '),
      ),
      'T',
      null,
    );
    expect(empty.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toEqual(['Recommendations', 'paragraph']);
    const beforeNext = draftToDocument(
      state(heading('h2', ANNEXES), paragraph(), heading('h2', 'Later part')),
      'T',
      null,
    );
    expect(beforeNext.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toEqual(['Later part']);
  });

  it('keeps an Annexes part that has something in it, a sub-heading included', () => {
    const filled = draftToDocument(
      state(heading('h2', ANNEXES), heading('h4', 'Annex A: survey'), paragraph(text('Results.'))),
      'T',
      null,
    );
    expect(filled.blocks.map((b) => (b.kind === 'heading' ? [b.text, b.level] : b.kind))).toEqual([
      [ANNEXES, 2],
      ['Annex A: survey', 4],
      'paragraph',
    ]);
    const justHeading = draftToDocument(state(heading('h2', ANNEXES), heading('h4', 'Annex A: to follow')), 'T', null);
    expect(justHeading.blocks).toHaveLength(2);
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
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Kept.', bold: false, italic: false, underline: false }] },
    ]);
  });

  it('keeps a line break inside a paragraph', () => {
    const doc = draftToDocument(
      state(paragraph(text('one'), { type: 'linebreak', version: 1 }, text('two'))),
      'T',
      null,
    );
    expect(doc.blocks[0]).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: 'one' }, { text: '\n' }, { text: 'two' }],
    });
  });

  it('keeps a source quote block with its exact text, ids and citation', () => {
    const quoted = '‘SEND is a huge priority for my department – and we’ll be saying more’\nabout it.  ';
    const doc = draftToDocument(
      state(
        heading('h3', 'Question 1: Standards'),
        {
          type: 'source-quote',
          version: 1,
          format: '',
          quoteId: 7,
          sourceId: 3,
          text: quoted,
          citation: 'Speech, 5 July 2018',
        },
        paragraph(text('Our answer.')),
      ),
      'T',
      null,
    );
    expect(doc.blocks).toHaveLength(3);
    expect(doc.blocks[1]).toEqual({
      kind: 'quote',
      quoteId: 7,
      sourceId: 3,
      text: quoted,
      citation: 'Speech, 5 July 2018',
    });
  });

  it('keeps lists, ordered or not, without blank items', () => {
    const item = (...children: Node[]): Node => ({ type: 'listitem', version: 1, value: 1, children });
    const doc = draftToDocument(
      state(
        {
          type: 'list',
          version: 1,
          listType: 'number',
          tag: 'ol',
          children: [item(text('first')), item(), item(text('second'))],
        },
        { type: 'list', version: 1, listType: 'bullet', tag: 'ul', children: [item(text('point'))] },
      ),
      'T',
      null,
    );
    expect(doc.blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ text: 'first', bold: false, italic: false, underline: false }],
          [{ text: 'second', bold: false, italic: false, underline: false }],
        ],
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

describe('sendable', () => {
  const unanswered = (...nodes: Node[]) =>
    sendable(draftToDocument(state(...nodes), 'T', null).blocks, 'mark').filter(
      (b) => b.kind === 'paragraph' && b.runs[0]?.text === NO_RESPONSE,
    ).length;
  const headings = (choice: 'omit' | 'mark', ...nodes: Node[]) =>
    sendable(draftToDocument(state(...nodes), 'T', null).blocks, choice).flatMap((b) =>
      b.kind === 'heading' ? [b.text] : [],
    );

  it('leaves out unanswered questions, then the parts left empty', () => {
    const nodes = [
      heading('h2', 'About us'),
      heading('h2', 'Chapter 1'),
      question(11, 'Q1'),
      heading('h2', 'Chapter 2'),
      question(12, 'Q2'),
      paragraph(text('Yes.')),
      heading('h2', 'Other comments'),
    ];
    expect(headings('omit', ...nodes)).toEqual(['Chapter 2', 'Q2']);
    expect(headings('mark', ...nodes)).toEqual(['Chapter 1', 'Q1', 'Chapter 2', 'Q2']);
  });

  it('takes the writer’s note off an unverified question', () => {
    expect(
      headings(
        'omit',
        question(11, 'Question 1: Early years (topic label; official wording not verified)'),
        paragraph(text('Yes.')),
      ),
    ).toEqual(['Question 1: Early years']);
  });

  it('marks a question with nothing under it before the next question, part or the end', () => {
    expect(
      unanswered(question(11, 'Q1'), question(12, 'Q2'), heading('h2', 'Other comments'), question(13, 'Q3')),
    ).toBe(3);
  });

  it('counts an answer that starts with a sub-heading as an answer, and does not mark parts or annexes', () => {
    expect(
      unanswered(
        question(11, 'Q1'),
        heading('h4', 'Our view'),
        paragraph(text('Yes.')),
        heading('h2', ANNEXES),
        heading('h4', 'Annex A'),
      ),
    ).toBe(0);
  });
});
