import { describe, expect, it } from 'vitest';
import { expandToSentences } from '../../shared/quotes/sentenceBounds.ts';

const TEXT = 'First sentence here. The council agreed “joint plans”. Then it stopped!\nA new paragraph starts';

const widen = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  const r = expandToSentences(TEXT, start, start + phrase.length);
  return TEXT.slice(r.start, r.end);
};

describe('expandToSentences', () => {
  it('widens to the whole sentence, keeping closing quote marks', () => {
    expect(widen('council agreed')).toBe('The council agreed “joint plans”.');
  });
  it('spans every sentence the selection touches', () => {
    expect(widen('here. The council')).toBe('First sentence here. The council agreed “joint plans”.');
  });
  it('stops at a paragraph break and at the end of the text', () => {
    expect(widen('stopped')).toBe('Then it stopped!');
    expect(widen('new paragraph')).toBe('A new paragraph starts');
  });
  it('leaves a selection that is already whole sentences as it is', () => {
    expect(widen('Then it stopped!')).toBe('Then it stopped!');
  });
});
