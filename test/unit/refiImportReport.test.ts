import { describe, expect, it } from 'vitest';
import { describeRefiImport } from '../../shared/refiQda/refiImportReport.ts';

describe('the message after making a project from a REFI-QDA file', () => {
  const made = { chapters: 2, questions: 5, sources: 3, quotes: 40 };

  it('says what the project holds, and that nothing was left out', () => {
    expect(describeRefiImport({ ...made, skipped: [] })).toEqual({
      message: 'The new project has 5 questions, 3 sources and 40 quotes.',
      detail: 'Everything in the file came across.',
    });
  });

  it('lists what was not imported and why, the first twenty and how many more', () => {
    const skipped = Array.from({ length: 23 }, (_, i) => ({ item: `"Clip ${i + 1}.m4a"`, reason: 'it is audio' }));
    const { detail } = describeRefiImport({ ...made, skipped });
    const lines = detail.split('\n');
    expect(lines[0]).toBe('Not imported (23):');
    expect(lines[1]).toBe('• "Clip 1.m4a": it is audio');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('…and 3 more.');
  });
});
