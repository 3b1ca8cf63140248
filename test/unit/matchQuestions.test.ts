import { describe, expect, it } from 'vitest';
import type { DocBlock, Run } from '../../shared/draft/documentModel.ts';
import { matchQuestions, type ImportQuestion } from '../../shared/draftImport/matchQuestions.ts';
import { markdownBlocks } from '../../shared/draftImport/markdownBlocks.ts';

const QUESTIONS: ImportQuestion[] = [
  { id: 101, number: 1, title: 'What key factors should be considered when developing national standards?' },
  { id: 102, number: 2, title: 'How should we develop the proposal for new local SEND partnerships?' },
  { id: 105, number: 5, title: 'Do you agree with our proposal to introduce a standardised EHCP template?' },
];
const run = (text: string, bold = false): Run => ({ text, bold, italic: false, underline: false });
const para = (text: string, bold = false): DocBlock => ({ kind: 'paragraph', runs: [run(text, bold)] });
const heading = (text: string): DocBlock => ({ kind: 'heading', level: 2, text });
const answers = (blocks: DocBlock[]) =>
  matchQuestions(blocks, QUESTIONS).sections.map((s) => [
    s.number,
    s.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind)),
  ]);

describe('matchQuestions', () => {
  it('recognises "Question 5", "Q5" and "5." headings', () => {
    expect(
      answers([
        heading('Question 1: What key factors…'),
        para('Standards matter.'),
        para('Q2', true),
        para('Partnerships.'),
        heading('5.'),
        para('Yes.'),
      ]),
    ).toEqual([
      [1, ['Standards matter.']],
      [2, ['Partnerships.']],
      [5, ['Yes.']],
    ]);
  });

  it('recognises a question by its wording alone', () => {
    expect(
      answers([
        para('Do you agree with our proposal to introduce a standardised EHCP template?', true),
        para('We do.'),
      ]),
    ).toEqual([[5, ['We do.']]]);
  });

  it('keeps an answer that starts on the question’s own line', () => {
    expect(answers([para('Q5: We agree, with reservations.'), para('More.')])).toEqual([
      [5, ['We agree, with reservations.', 'More.']],
    ]);
  });

  it('does not take a numbered sentence inside an answer for a new question', () => {
    expect(answers([heading('Question 1'), para('2. Funding is the second point we make.')])).toEqual([
      [1, ['2. Funding is the second point we make.']],
    ]);
  });

  it('reports text before the first question and a heading naming no question, and imports neither', () => {
    const match = matchQuestions(
      [para('Our response, by the forum.'), heading('Question 1'), para('A.'), heading('Question 9'), para('Lost.')],
      QUESTIONS,
    );
    expect(match.sections.map((s) => s.number)).toEqual([1]);
    // Each part left out keeps its text, for the writer to copy by hand.
    expect(match.unmatched).toEqual([
      {
        summary: '1 paragraph before the first question, starting “Our response, by the forum.”',
        text: 'Our response, by the forum.',
      },
      { summary: '“Question 9” names no question in this consultation', text: 'Question 9\n\nLost.' },
    ]);
  });

  it('finds no questions in a document not laid out by them', () => {
    expect(matchQuestions([para('Dear Minister,'), para('We write about SEND.')], QUESTIONS).sections).toEqual([]);
  });
});

describe('markdownBlocks', () => {
  it('reads headings, bold, italic, links and lists, and keeps a numbered question line as a line', () => {
    const blocks = markdownBlocks(
      '## Question 1\n\nWe **strongly** agree, see [our report](https://example.org/r).\n\n- one\n- _two_\n\n5. Do you agree?\n\nYes.\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Question 1' },
      {
        kind: 'paragraph',
        runs: [
          run('We '),
          run('strongly', true),
          run(' agree, see '),
          { ...run('our report'), link: 'https://example.org/r' },
          run('.'),
        ],
      },
      { kind: 'list', ordered: false, items: [[run('one')], [{ ...run('two'), italic: true }]] },
      { kind: 'paragraph', runs: [run('5. '), run('Do you agree?')] },
      { kind: 'paragraph', runs: [run('Yes.')] },
    ]);
  });
});
