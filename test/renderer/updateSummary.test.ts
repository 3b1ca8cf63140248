import { describe, expect, it } from 'vitest';
import { updateSummary } from '../../renderer/src/sources/versions/updateSummary.ts';
import type { SourceUpdateReport } from '../../shared/domain/sourceVersion.ts';

type Updated = Extract<SourceUpdateReport, { status: 'updated' }>;

function report(...outcomes: string[]): Updated {
  return {
    status: 'updated',
    toVersion: 2,
    quotes: outcomes.map((outcome) => ({ outcome })),
  } as unknown as Updated;
}

describe('the notice after "Update from a new version…"', () => {
  it('reads as English for none, one and many quotes', () => {
    expect(updateSummary(report())).toBe('Version 2 is now current. No quotes moved.');
    expect(updateSummary(report('unchanged'))).toBe('Version 2 is now current. 1 quote moved with its words.');
    expect(updateSummary(report('unchanged', 'unchanged', 'unchanged'))).toBe(
      'Version 2 is now current. 3 quotes moved with their words.',
    );
  });

  it('names only the kinds of review there are, with the verb agreeing', () => {
    expect(updateSummary(report('changed'))).toBe(
      'Version 2 is now current. No quotes moved; 1 changed needs your review.',
    );
    expect(updateSummary(report('unchanged', 'changed', 'gone', 'gone'))).toBe(
      'Version 2 is now current. 1 quote moved with its words; 1 changed and 2 gone need your review.',
    );
  });

  it('never says "quote(s)"', () => {
    for (const r of [report(), report('unchanged'), report('gone', 'gone')])
      expect(updateSummary(r)).not.toMatch(/\(s\)/);
  });
});
