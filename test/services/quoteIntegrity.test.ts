import { afterEach, describe, expect, it } from 'vitest';
import type { SourceId } from '../../shared/ids.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';
import { main } from '../../electron/cli/workbench.ts';

afterEach(cleanUp);

describe('quote integrity check', () => {
  it('passes for quotes pulled through the app and catches a tampered fragment', async () => {
    const { project, path } = await openSample();
    const [first] = await project.sources.list();
    const source = await project.sources.get(first!.id as SourceId);
    const q4 = await questionNumbered(project, 4);
    const quote = await project.quotes.create({ sourceId: source.id, start: 0, end: 40, questionIds: [q4.id] });
    expect(await project.quotes.check()).toEqual([]);

    // Someone edits the file behind the app's back: the stored words no longer match the source.
    project.db
      .prepare('UPDATE quote_fragments SET text = ? WHERE quote_id = ?')
      .run('Words the source never said', quote.id);
    const mismatches = await project.quotes.check();
    expect(mismatches).toEqual([
      {
        quoteId: quote.id,
        sourceId: source.id,
        version: 1,
        fragment: 0,
        stored: 'Words the source never said',
        inSource: source.text.slice(0, 40),
      },
    ]);
    project.close();

    const lines: string[] = [];
    const code = await main(['check', path], { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain(`mismatch quote ${quote.id}`);
    expect(lines.at(-1)).toBe('1 quote fragment does not match its source.');
  });

  it('reports a clean project with exit status 0', async () => {
    const { project, path } = await openSample();
    project.close();
    const lines: string[] = [];
    expect(await main(['check', path], { out: (s) => lines.push(s), err: (s) => lines.push(s) })).toBe(0);
    expect(lines).toEqual(['All 0 quotes match their sources.']);
  });
});
