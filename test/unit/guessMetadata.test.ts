import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../shared/sources/guessMetadata.ts';

const sample = (file: string) =>
  readFileSync(new URL(`../../resources/sample/${file}`, import.meta.url), 'utf8').replace(/\r\n?/g, '\n');

const MARCH = 'written-answer-joined-up-services-2024-03.txt';
const JANUARY = 'written-answer-send-workforce-2024-01.txt';

describe('guessMetadata on the sample written answers', () => {
  it.each([
    [MARCH, '2024-03-25'],
    [JANUARY, '2024-01-15'],
  ])('%s is a written answer answered on %s by David Johnston', (file, answeredOn) => {
    const text = sample(file);
    const guessed = guessMetadata(text, file);
    expect(guessed.kind).toBe('written-answer');
    // The answer date, not the earlier "asked on" date nor a date quoted in the answer's body.
    expect(guessed.publishedOn).toBe(answeredOn);
    // "Answered by / David Johnston Portrait": the name without the photo caption.
    expect(guessed.author).toBe('David Johnston');
    // The subject heading on the first line, not "(asked on …)" or the question.
    expect(guessed.title).toMatch(/Special Educational Needs$/);
    expect(guessed.title).not.toMatch(/asked on|To ask/);
  });

  it('finds the answer date even when the question was asked in another month', () => {
    const text =
      'Schools\n\n(asked on 28th February 2024)\n\nAnswered by\nJane Doe\nThis question was answered on 3rd April 2024\n';
    expect(guessMetadata(text, 'x.txt')).toMatchObject({
      publishedOn: '2024-04-03',
      author: 'Jane Doe',
      kind: 'written-answer',
    });
  });
});

describe('guessMetadata titles', () => {
  it("skips a web page's 'top of page' line and takes the first meaningful line", () => {
    const guessed = guessMetadata(`top of page\n\n${sample('hinds-adcs-speech-blog-2018.txt')}`, 'blog.txt');
    expect(guessed.title).toBe('National context - Encouraging SEND messages from Secretary of State for Education');
  });

  it("skips 'Skip to main content' and lines too short to be a title", () => {
    expect(guessMetadata('Skip to main content\n\n--\nok\n  Funding for schools  \nBody', 'a.txt').title).toBe(
      'Funding for schools',
    );
  });

  it('shortens a very long first line to 200 characters with an ellipsis', () => {
    const title = guessMetadata(`${'word '.repeat(100)}\nrest`, 'a.txt').title!;
    expect(title).toHaveLength(198);
    expect(title.endsWith('…')).toBe(true);
    expect(title.startsWith('word word')).toBe(true);
  });

  it('has no title for text with no meaningful line', () => {
    expect(guessMetadata('\n\n  \ntop of page\n', 'a.txt').title).toBeNull();
  });
});

describe('guessMetadata kinds and dates', () => {
  const pressRelease = sample('ministerial-roundtable-press-release.txt');

  it('does not call the sample press release a press release when its text never says so', () => {
    expect(guessMetadata(pressRelease, 'roundtable.txt').kind).not.toBe('press-release');
  });

  it('calls a text a press release when it says so near the top', () => {
    expect(guessMetadata(`Press release\n\n${pressRelease}`, 'roundtable.txt').kind).toBe('press-release');
    // Said only far down the document: not enough.
    expect(guessMetadata(`${'Filler text. '.repeat(400)}\nPress release`, 'x.txt').kind).toBe('other');
  });

  it('reads a press release publication line as its date', () => {
    const text = 'Press release\nSchools get more support\nPublished 5 July 2018\n\nBody mentions 1 January 2020.';
    expect(guessMetadata(text, 'x.txt')).toMatchObject({ kind: 'press-release', publishedOn: '2018-07-05' });
  });

  it('prefers a stated publication line over an earlier stray date', () => {
    const text = 'Report on 1 January 2019 events\nPublished: 12th October 2021\n';
    expect(guessMetadata(text, 'x.txt').publishedOn).toBe('2021-10-12');
  });

  it("is 'other' with no date or author when nothing identifies the document", () => {
    expect(guessMetadata('Some notes about school funding\n\nNothing else here.', 'notes.txt')).toEqual({
      title: 'Some notes about school funding',
      author: null,
      publishedOn: null,
      kind: 'other',
    });
  });

  it('recognises speeches, slide decks and web pages', () => {
    expect(guessMetadata('Minister speech at the conference\nText', 'a.txt').kind).toBe('speech');
    expect(guessMetadata('Agenda\nSlide 3\nText', 'a.txt').kind).toBe('slide-deck');
    expect(guessMetadata('Agenda\nText', 'deck.pptx').kind).toBe('slide-deck');
    expect(guessMetadata('Agenda\nText', 'page.html').kind).toBe('web-page');
  });

  it('ignores a date-like phrase with a month that does not exist', () => {
    expect(guessMetadata('Published 5 Smarch 2018', 'x.txt').publishedOn).toBeNull();
  });
});

describe('guessMetadata kinds', () => {
  it('calls a document with a report-like title or a report’s headings a report', () => {
    expect(guessMetadata('Body text.', 'a.pdf', { title: 'Annual report 2024' }).kind).toBe('report');
    expect(guessMetadata('Foreword\n\nBody.\n\nExecutive summary\n\nMore.', 'a.docx').kind).toBe('report');
  });

  it('does not take "speech and language" for a speech', () => {
    expect(guessMetadata('Speech and language therapy waits are long.', 'a.txt').kind).toBe('other');
    expect(guessMetadata('Speech, language and communication needs.', 'a.txt').kind).toBe('other');
    expect(guessMetadata('Speech by the Secretary of State, delivered on 3 May 2023.', 'a.txt').kind).toBe('speech');
  });

  it('calls a paged document with a few words a page a slide deck', () => {
    expect(guessMetadata('Point one. '.repeat(200), 'a.pdf', { pages: 8 }).kind).toBe('slide-deck');
    expect(guessMetadata('Point one. '.repeat(2000), 'a.pdf', { pages: 8 }).kind).toBe('other');
  });
});
