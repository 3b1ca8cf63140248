import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../electron/services/db/migrate.ts';
import { createSearchService } from '../../electron/services/searchService.ts';
import { cleanUp, onCleanUp, tempDir } from './tempDir.ts';

afterEach(cleanUp);

// One source per word, titled by the word, so a search's titles say which words it found.
const WORDS = [
  'education',
  'educational',
  'educated',
  'educator',
  'edit',
  'eduardo',
  'commission',
  'commissioning',
  'commissioned',
  'commissioner',
  'commit',
  'comma',
  'assessment',
  'assessed',
  'assessing',
  'assessor',
  'asset',
  'child',
  'children',
  'childhood',
  'chi',
  'chill',
  'tribu',
  'tribunal',
  'organisation',
  'organisations',
  'organ',
  'organic',
];

async function searchWords() {
  const db = new BetterSqlite3(join(tempDir(), 'words.cwb'));
  onCleanUp(() => db.close());
  migrate(db);
  const add = db.prepare(
    "INSERT INTO sources (title, kind, text, content_hash, imported_at) VALUES (?, 'other', ?, ?, '2024-01-01')",
  );
  for (const word of WORDS) add.run(word, `The parents wrote about ${word} in their reply.`, word);
  const search = createSearchService(db);
  return async (query: string, filters: { from?: string } = {}) =>
    (await search.search({ query, limit: 100, ...filters })).map((h) => h.title).sort();
}

describe('a prefix finds the words that begin with it', () => {
  it.each([
    ['educat*', ['educated', 'education', 'educational', 'educator']],
    ['commissio*', ['commission', 'commissioned', 'commissioner', 'commissioning']],
    ['assessm*', ['assessed', 'assessing', 'assessment']],
    ['organisat*', ['organisation', 'organisations']],
    ['assess*', ['assessed', 'assessing', 'assessment', 'assessor']],
    ['child*', ['child', 'childhood', 'children']],
  ])('%s', async (query, expected) => {
    const find = await searchWords();
    expect(await find(query)).toEqual(expected);
  });

  it('finds no unrelated word that merely shares the start of the prefix', async () => {
    const find = await searchWords();
    // "organ" is an indexed word and a prefix of "organisat", but no word beginning "organisat" is indexed as it.
    expect(await find('organisat*')).not.toContain('organ');
    expect(await find('commissio*')).not.toContain('commit');
    expect(await find('educat*')).not.toContain('edit');
    expect(await find('child*')).not.toContain('chi');
    // Read as the start of -ness, the n would give the stem "tribu" (here a word broken by a line-end hyphen),
    // which no word beginning "tribun" has.
    expect(await find('tribun*')).toEqual(['tribunal']);
  });

  it('completes the last word of a prefix phrase (hyphenated), alongside other words and filters', async () => {
    const find = await searchWords();
    expect(await find('about-educat*')).toEqual(['educated', 'education', 'educational', 'educator']);
    expect(await find('wrote-educat*')).toEqual([]);
    expect(await find('parents commissio*')).toEqual(['commission', 'commissioned', 'commissioner', 'commissioning']);
    expect(await find('educat*', { from: '2020-01-01' })).toEqual([]);
  });

  it('keeps hostile input as plain words', async () => {
    const find = await searchWords();
    expect(await find('educat* OR" NOT (chi*')).toEqual([]);
    expect(await find('"educat* AND commissio*')).toEqual([]);
  });
});
