import { describe, expect, it } from 'vitest';
import { answerCountLabel } from '../../renderer/src/editor/answerCounts.ts';

describe('the count shown beside an answer', () => {
  it('gives the words against the limit, and how many are quotation', () => {
    expect(answerCountLabel(36, 21, 250)).toEqual({ text: '36 of 250 words · 21 quoted', over: false });
    expect(answerCountLabel(0, 0, 250)).toEqual({ text: '0 of 250 words', over: false });
    expect(answerCountLabel(250, 0, 250).over).toBe(false);
    expect(answerCountLabel(1200, 0, null)).toEqual({ text: '1,200 words', over: false });
    expect(answerCountLabel(1, 0, null)).toEqual({ text: '1 word', over: false });
  });

  it('says in words, not only in colour, how far over the limit an answer is', () => {
    expect(answerCountLabel(312, 120, 250)).toEqual({
      text: '312 of 250 words: 62 over the limit · 120 quoted',
      over: true,
    });
  });
});
