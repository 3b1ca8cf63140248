import { describe, expect, it } from 'vitest';
import { trimSelection } from '../../shared/quotes/trimSelection.ts';

const TEXT = 'First line.\n\n  A quoted sentence here.  \nLast\tline.';

function slice(range: { start: number; end: number } | null): string | null {
  return range ? TEXT.slice(range.start, range.end) : null;
}

describe('trimSelection', () => {
  it('strips spaces and line breaks either side of the words', () => {
    const start = TEXT.indexOf('\n\n');
    const end = TEXT.indexOf('Last');
    expect(slice(trimSelection(TEXT, start, end))).toBe('A quoted sentence here.');
  });

  it('keeps a selection that is already tight, and white space inside it', () => {
    const start = TEXT.indexOf('A quoted');
    const end = start + 'A quoted sentence'.length;
    expect(trimSelection(TEXT, start, end)).toEqual({ start, end });
  });

  it('accepts a selection made backwards', () => {
    const start = TEXT.indexOf('Last');
    const end = TEXT.length;
    expect(slice(trimSelection(TEXT, end, start - 3))).toBe('Last\tline.');
  });

  it('clips a selection that runs past the text', () => {
    expect(slice(trimSelection(TEXT, -10, 5))).toBe('First');
    expect(slice(trimSelection(TEXT, TEXT.indexOf('line.', 20), TEXT.length + 100))).toBe('line.');
  });

  it('returns null for a blank or empty selection', () => {
    const blank = TEXT.indexOf('\n\n');
    expect(trimSelection(TEXT, blank, blank + 4)).toBeNull();
    expect(trimSelection(TEXT, 3, 3)).toBeNull();
    expect(trimSelection('   \n\t ', 0, 6)).toBeNull();
  });
});
