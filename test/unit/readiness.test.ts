import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../shared/draft/documentModel.ts';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { checkReadiness, type ReadinessInput } from '../../shared/readiness/readiness.ts';

const para = (text: string): DocBlock => ({
  kind: 'paragraph',
  runs: [{ text, bold: false, italic: false, underline: false }],
});
const quote = (id: number, text = 'A quoted line.'): DocBlock => ({
  kind: 'quote',
  quoteId: id as QuoteId,
  sourceId: 1 as SourceId,
  text,
  citation: 'c',
});
const question = (id: number): DocBlock => ({ kind: 'heading', level: 3, text: `Question ${id}`, questionId: id });
const part = (text: string): DocBlock => ({ kind: 'heading', level: 2, text });
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

const base: ReadinessInput = {
  blocks: [],
  questions: [],
  mismatchedQuoteIds: new Set(),
  respondent: { organisation: 'Forum', contactName: 'Sam', contactEmail: 'sam@example.org' },
  closingDate: null,
  today: '2026-12-02',
};
const q = (id: number, more: Partial<ReadinessInput['questions'][number]> = {}) => ({
  id,
  number: id,
  verified: true,
  wordLimit: null,
  ...more,
});

describe('checkReadiness', () => {
  it('flags an agree/disagree or yes/no answer whose position is still "Not chosen yet"', () => {
    const position: DocBlock = { kind: 'position', value: 'Agree' };
    const answer = [para(words(40)), quote(1)];
    const { problems } = checkReadiness({
      ...base,
      blocks: [question(1), ...answer, question(2), position, ...answer, question(3), ...answer, question(4)],
      questions: [
        q(1, { answerType: 'agree-scale' }),
        q(2, { answerType: 'agree-scale' }),
        q(3, { answerType: 'open' }),
        q(4, { answerType: 'yes-no' }),
      ],
    });
    // Question 4 has nothing written: "not answered yet" says it already.
    expect(problems).toEqual([
      { question: '1', problem: 'no-position', questionId: 1 },
      { question: '4', problem: 'unanswered', questionId: 4 },
    ]);
  });

  it('names each question’s problems by its number', () => {
    const { problems } = checkReadiness({
      ...base,
      blocks: [
        part('Chapter 1'),
        question(1),
        quote(7),
        para(words(40)),
        question(2),
        para('Yes.'),
        question(3),
        quote(8),
        para(words(60)),
        question(4),
        quote(9),
        para(words(35)),
      ],
      questions: [q(1), q(2), q(3, { wordLimit: 50 }), q(4, { verified: false }), q(5)],
      mismatchedQuoteIds: new Set([9]),
    });
    expect(problems).toEqual([
      { question: '2', problem: 'brief', questionId: 2 },
      { question: '2', problem: 'no-evidence', questionId: 2 },
      { question: '3', problem: 'over-limit', questionId: 3 },
      { question: '4', problem: 'unverified-wording', questionId: 4 },
      { question: '4', problem: 'quote-mismatch', questionId: 4, quoteIds: [9] },
      { question: '5', problem: 'unanswered', questionId: 5 },
    ]);
  });

  it('does not count quoted words as the writer’s own', () => {
    const { problems } = checkReadiness({
      ...base,
      blocks: [question(1), quote(7, words(50)), para('Agreed.')],
      questions: [q(1)],
    });
    expect(problems).toEqual([{ question: '1', problem: 'brief', questionId: 1 }]);
  });

  it('reports missing respondent details and empty optional parts for the response as a whole', () => {
    const { problems } = checkReadiness({
      ...base,
      blocks: [part('About us'), part('Summary of key points'), para('Short.'), part('Other comments')],
      respondent: { organisation: 'Forum', contactName: '', contactEmail: '' },
    });
    expect(problems).toEqual([
      { question: null, problem: 'missing-respondent', detail: 'contact name, contact email' },
      { question: null, problem: 'empty-part', detail: 'About us' },
      { question: null, problem: 'empty-part', detail: 'Other comments' },
    ]);
  });

  it('counts the days left to the closing date, negative once it has passed', () => {
    expect(checkReadiness({ ...base, closingDate: '2026-12-12' })).toMatchObject({
      closingDate: '2026-12-12',
      daysLeft: 10,
    });
    expect(checkReadiness({ ...base, closingDate: '2026-11-30' }).daysLeft).toBe(-2);
    expect(checkReadiness(base)).toMatchObject({ closingDate: null, daysLeft: null });
  });
});
