import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../shared/text/wholeNumber.ts';

describe('whole numbers written without Intl', () => {
  it('writes them as en-GB does, thousands separated by commas', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 100_000, 1_234_567, -4_321, 20_000])
      expect(wholeNumber(n), String(n)).toBe(n.toLocaleString('en-GB'));
  });
});
