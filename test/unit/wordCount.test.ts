import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/draft/wordCount.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t  ', 0],
    ['one', 1],
    ['We support the proposal.', 4],
    ['  leading and trailing  ', 3],
    ['many    spaces\n\nand\nnew lines\tand tabs', 7],
    ['co-operate, well-being and 0-25 provision', 5],
    ['“Every school is a school for pupils with SEND”', 9],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
