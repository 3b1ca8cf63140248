import { describe, expect, it } from 'vitest';
import { countOf, plural } from '../../shared/text/plural.ts';

describe('counts read as English', () => {
  it('says "1 quote" and "0 quotes", "3 quotes"', () => {
    expect(countOf(1, 'quote')).toBe('1 quote');
    expect(countOf(0, 'quote')).toBe('0 quotes');
    expect(countOf(3, 'quote')).toBe('3 quotes');
    expect(countOf(1, 'quote fragment')).toBe('1 quote fragment');
  });

  it('takes an irregular plural, and verbs or pronouns that agree with the count', () => {
    expect(countOf(1, 'copy', 'copies')).toBe('1 copy');
    expect(countOf(2, 'copy', 'copies')).toBe('2 copies');
    expect(plural(1, 'has', 'have')).toBe('has');
    expect(plural(4, 'it', 'them')).toBe('them');
    expect(plural(2, 'word')).toBe('words');
  });
});
