import { describe, expect, it } from 'vitest';
import type { ReadinessItem } from '../../shared/readiness/readiness.ts';
import { fixLabel, problemText, summaryText } from '../../renderer/src/submit/readinessText.ts';
import { closingText } from '../../shared/readiness/closingText.ts';

const item = (problem: ReadinessItem['problem'], more: Partial<ReadinessItem> = {}): ReadinessItem => ({
  question: '1',
  problem,
  questionId: 1,
  ...more,
});

describe('readiness in words', () => {
  it('counts each kind of problem, leaving out questions the writer chose not to answer', () => {
    expect(
      summaryText([
        item('unanswered'),
        item('unanswered', { question: '2' }),
        item('skipped', { question: '3' }),
        item('unverified-wording'),
        { question: null, problem: 'empty-part', detail: 'About us' },
      ]),
    ).toBe('4 things to look at: 2 questions not answered yet, 1 wording not verified, 1 empty part.');
    expect(summaryText([item('skipped')])).toBeNull();
  });

  it('says how long is left before the closing date, or that it has passed', () => {
    expect(closingText('2026-12-20', 17)).toBe('Closes 20 December 2026: 17 days left.');
    expect(closingText('2026-12-04', 1)).toBe('Closes 4 December 2026: 1 day left.');
    expect(closingText('2026-12-03', 0)).toBe('Closes today, 3 December 2026.');
    expect(closingText('2026-12-01', -2)).toBe('Closed 1 December 2026, 2 days ago.');
    expect(closingText(null, null)).toMatch(/^No closing date recorded/);
  });

  it('names the part or details that are missing, and which question a button is for', () => {
    expect(problemText({ question: null, problem: 'missing-respondent', detail: 'contact email' })).toBe(
      'Respondent details missing: contact email',
    );
    expect(problemText({ question: null, problem: 'empty-part', detail: 'About us' })).toBe(
      '“About us” is empty, so it is left out of the Word file',
    );
    expect(fixLabel(item('unverified-wording'), 'Question 8')).toBe('Edit wording… (Question 8)');
  });
});
