import { describe, expect, it } from 'vitest';
import { joinLines } from '../../shared/pdf/pdfLayout.ts';

describe('joining a PDF paragraph’s lines', () => {
  it('rejoins a word broken by a line-end hyphen, and keeps a hyphen that ends a compound before a capital', () => {
    expect(joinLines(['support for children with special educa-', 'tional needs'])).toBe(
      'support for children with special educational needs',
    );
    expect(joinLines(['the pre-', 'School offer'])).toBe('the pre- School offer');
  });

  it('looks only at the letter before the hyphen, even one written as two UTF-16 code units', () => {
    // 𝐀 (U+1D400) is a letter made of a surrogate pair; a digit or a space before the hyphen is not a letter.
    expect(joinLines(['x 𝐀-', 'b'])).toBe('x 𝐀b');
    expect(joinLines(['𝐀-', 'b'])).toBe('𝐀b');
    expect(joinLines(['page 12-', 'b'])).toBe('page 12- b');
    expect(joinLines(['long text -', 'b'])).toBe('long text - b');
    expect(joinLines(['-', 'b'])).toBe('- b');
  });
});
