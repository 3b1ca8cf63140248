import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../electron/services/sourcesService.ts';
import { CanonicalText, codePointCounter } from '../../shared/refiQda/positions.ts';

describe('REFI-QDA positions (code points) and the app offsets (UTF-16, canonical text)', () => {
  it('makes exactly the text the sources service stores', () => {
    for (const raw of [
      '\uFEFF\uFEFFTitle\r\nLine two\rLine three\r\r\nEnd',
      'Tab\tkept, bell\u0007 and escape\u001b dropped, \u007f too',
      'Emoji 😀 and 𝒳 and \uFEFF inside stay',
      '',
    ]) {
      expect(new CanonicalText(raw).text).toBe(canonicalText(raw));
    }
  });

  it('counts an astral character once, in both directions', () => {
    const text = 'A 😀 B 𝒳 C';
    const toCodePoints = codePointCounter(text);
    for (let cp = 0, offset = 0; offset <= text.length; cp++) {
      expect(toCodePoints(offset)).toBe(cp);
      expect(new CanonicalText(text).range(cp, cp + 1, 'code-points')?.start ?? text.length).toBe(offset);
      offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
    }
    const c = new CanonicalText(text);
    expect(c.range(6, 7, 'code-points')).toEqual({ start: text.indexOf('𝒳'), end: text.indexOf('𝒳') + 2 });
    expect(c.range(10, 11, 'utf-16')).toEqual({ start: 10, end: 11 });
    expect(c.range(8, 9, 'code-points')).toEqual({ start: 10, end: 11 });
  });

  it('maps positions in the file as written (byte-order mark, \\r\\n) onto the canonical text', () => {
    const raw = '\uFEFFOne\r\nTwo 😀\r\nThree';
    const c = new CanonicalText(raw);
    expect(c.text).toBe('One\nTwo 😀\nThree');
    // "Three" starts at code point 13 of the file (BOM, "One", \r, \n, "Two ", emoji, \r, \n).
    const three = c.range(13, 18, 'code-points')!;
    expect(c.text.slice(three.start, three.end)).toBe('Three');
    // ATLAS.ti counts \r\n as one character and no byte-order mark... as one more position here, so 11–16.
    const atlas = c.range(11, 16, 'code-points-crlf-as-one')!;
    expect(c.text.slice(atlas.start, atlas.end)).toBe('Three');
    expect(c.range(13, 19, 'code-points')).toBeNull();
    expect(c.range(5, 5, 'code-points')).toBeNull();
  });
});
