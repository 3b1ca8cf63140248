import { describe, expect, it } from 'vitest';
import type { DocBlock, Run } from '../../shared/draft/documentModel.ts';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import { answerFormText } from '../../shared/form/formText.ts';
import { FORM_MAX_CHARACTERS, countCharacters, formCounts } from '../../shared/form/formCounts.ts';
import { inlineReference } from '../../shared/form/inlineReference.ts';

const run = (text: string, more: Partial<Run> = {}): Run => ({
  text,
  bold: false,
  italic: false,
  underline: false,
  ...more,
});
const para = (...runs: Run[]): DocBlock => ({ kind: 'paragraph', runs });
const noReference = () => 'ref';

describe('answerFormText', () => {
  it('keeps paragraphs apart with a blank line and drops formatting', () => {
    expect(
      answerFormText(
        [para(run('We ', {}), run('strongly', { bold: true }), run(' agree.')), para(run('Next.'))],
        noReference,
      ),
    ).toBe('We strongly agree.\n\nNext.');
  });

  it('writes lists as lines, bulleted with "- " and numbered with "1. "', () => {
    const items = [[run('Funding')], [run('Workforce')]];
    expect(answerFormText([{ kind: 'list', ordered: false, items }], noReference)).toBe('- Funding\n- Workforce');
    expect(answerFormText([{ kind: 'list', ordered: true, items }], noReference)).toBe('1. Funding\n2. Workforce');
  });

  it('gives a link as its words and then its address, once', () => {
    const url = 'https://example.org/report';
    expect(
      answerFormText(
        [para(run('See '), run('our ', { link: url }), run('report', { link: url, bold: true }), run('.'))],
        noReference,
      ),
    ).toBe(`See our report (${url}).`);
    expect(answerFormText([para(run(url, { link: url }))], noReference)).toBe(url);
  });

  it('puts a quotation in quotation marks with its short reference instead of a footnote', () => {
    const quote: DocBlock = {
      kind: 'quote',
      quoteId: 1 as QuoteId,
      sourceId: 4 as SourceId,
      text: 'Every school is a school for pupils with SEND.',
      citation: 'saved citation',
    };
    const referenceFor = (id: SourceId, fallback: string) =>
      id === 4 ? 'Department for Education written answer, 25 March 2024' : fallback;
    expect(answerFormText([quote], referenceFor)).toBe(
      '“Every school is a school for pupils with SEND.” (Department for Education written answer, 25 March 2024)',
    );
  });

  it('leaves out the agree/disagree choice (the form has its own buttons) but keeps a sub-heading as a line', () => {
    expect(
      answerFormText(
        [{ kind: 'position', value: 'Agree' }, { kind: 'heading', level: 4, text: 'Funding' }, para(run('More.'))],
        noReference,
      ),
    ).toBe('Funding\n\nMore.');
  });
});

describe('inlineReference', () => {
  it('names who said it, what kind of document and when', () => {
    expect(
      inlineReference({
        author: 'Department for Education',
        title: 'T',
        kind: 'written-answer',
        publishedOn: '2024-03-25',
      }),
    ).toBe('Department for Education written answer, 25 March 2024');
  });

  it('falls back to the title when no author is recorded, and leaves out a missing date', () => {
    expect(
      inlineReference({ author: null, title: 'SEND Review, an update', kind: 'slide-deck', publishedOn: null }),
    ).toBe('SEND Review, an update');
  });
});

describe('the form’s counts', () => {
  it('counts words as runs of non-space characters and every character, line breaks included', () => {
    const text = 'We support co-operation.\n\n- £60,000 a year';
    expect(formCounts(text, { wordLimit: null, characterLimit: null })).toEqual({
      words: 7,
      characters: text.length,
      overLimit: false,
    });
    expect(countCharacters('a\nb')).toBe(3);
  });

  it('is over the limit past the word limit, the character limit or the form’s 32,000 characters', () => {
    expect(formCounts('one two three', { wordLimit: 2, characterLimit: null }).overLimit).toBe(true);
    expect(formCounts('one two three', { wordLimit: 3, characterLimit: null }).overLimit).toBe(false);
    expect(formCounts('one two three', { wordLimit: null, characterLimit: 12 }).overLimit).toBe(true);
    expect(formCounts('one two three', { wordLimit: null, characterLimit: 13 }).overLimit).toBe(false);
    expect(formCounts('x'.repeat(FORM_MAX_CHARACTERS + 1), { wordLimit: null, characterLimit: null }).overLimit).toBe(
      true,
    );
  });
});
