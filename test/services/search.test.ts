import { afterEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/domain/search.ts';
import type { SourceId } from '../../shared/ids.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../electron/services/db/migrate.ts';
import { MIGRATIONS } from '../../electron/services/db/migrations/index.ts';
import { createSearchService } from '../../electron/services/searchService.ts';
import { START_CHARS } from '../../electron/services/repositories/searchRepository.ts';
import { onCleanUp, tempDir } from './tempDir.ts';
import { cleanUp, openSample, readManifest } from './helpers.ts';
import { metadata, textFile } from './importHelpers.ts';

afterEach(cleanUp);

const manifest = readManifest();
const titleOf = (file: string) => {
  const s = manifest.sources.find((m) => m.file === file);
  if (!s) throw new Error(`${file} is not in the sample manifest`);
  return s.title;
};
const MARCH = titleOf('written-answer-joined-up-services-2024-03.txt');
const JANUARY = titleOf('written-answer-send-workforce-2024-01.txt');
const PRESS = titleOf('ministerial-roundtable-press-release.txt');
const BLOG = titleOf('hinds-adcs-speech-blog-2018.txt');
const SLIDES = titleOf('send-review-update-slides.txt');

const titles = (hits: SearchHit[]) => hits.map((h) => h.title);

/** Imports a text file through the import service, as dropping it on the window would. */
async function importTxt(project: ProjectServices, fileName: string, text: string): Promise<SourceId> {
  return (await project.imports.importFile(textFile(fileName, text))).source.id;
}

/** The first highlighted part of a hit's snippet, and what hitStart/hitEnd point at in the stored text. */
async function hitInText(project: ProjectServices, hit: SearchHit) {
  const highlighted = hit.snippet.find((p) => p.hit)?.text;
  const text = (await project.sources.get(hit.sourceId)).text;
  const located = hit.hitStart === null || hit.hitEnd === null ? null : text.slice(hit.hitStart, hit.hitEnd);
  return { highlighted, located };
}

describe('search over the sample project', () => {
  it.each([
    ['Neurodiversity', JANUARY],
    ['Whately', PRESS],
    ['disillusionment', SLIDES],
    ['Manchester', BLOG],
  ])('finds %j in the one source that contains it', async (word, title) => {
    const { project } = await openSample();
    const hits = await project.search.search({ query: word });
    expect(titles(hits)).toEqual([title]);
  });

  it('puts the source that mentions a word in its title and text first', async () => {
    const { project } = await openSample();
    const hits = await project.search.search({ query: 'roundtable' });
    expect(hits[0]?.title).toBe(PRESS);
  });

  it('matches a quoted phrase only where the words are adjacent, and plain words anywhere', async () => {
    const { project } = await openSample();
    const phrase = titles(await project.search.search({ query: '"local offer"' }));
    const words = titles(await project.search.search({ query: 'local offer' }));
    expect(phrase).toEqual([MARCH]);
    expect(words).toContain(MARCH);
    expect(words).toContain(BLOG); // "local government" ... "offer strong support"
    expect(titles(await project.search.search({ query: '"offer local"' }))).toEqual([]);
  });

  it('searches a trailing * as a prefix', async () => {
    const { project } = await openSample();
    expect(titles(await project.search.search({ query: 'neurodiv*' }))).toEqual([JANUARY]);
    expect(await project.search.search({ query: 'neurodiv' })).toEqual([]);
  });

  it('finds other forms of a word through stemming, highlighting the form the text uses', async () => {
    const { project } = await openSample();
    const hits = await project.search.search({ query: 'commissioned' });
    // Neither source says "commissioned": the press release says "commissioning", the March answer "commission".
    expect(titles(hits)).toEqual(expect.arrayContaining([PRESS, MARCH]));
    const press = hits.find((h) => h.title === PRESS)!;
    expect((await hitInText(project, press)).located).toBe('commissioning');
    const march = hits.find((h) => h.title === MARCH)!;
    expect((await hitInText(project, march)).located?.toLowerCase()).toMatch(/^commission/);
  });

  it('highlights the forms of a word the index matched, and no others', async () => {
    const { project } = await openSample();
    const id = await importTxt(
      project,
      'forms.txt',
      'Forms\n\nThe commissioner met local authorities about commissioning.\n',
    );
    const own = async (query: string) =>
      hitInText(
        project,
        (await project.search.search({ query })).find((h) => h.sourceId === id)!,
      );
    // "authorities" is indexed as "author", as "authority" is; "commissioner" as "commission", not "commiss".
    expect(await own('"local authority"')).toEqual({ highlighted: 'local authorities', located: 'local authorities' });
    expect(await own('commissioning')).toEqual({ highlighted: 'commissioning', located: 'commissioning' });
  });

  it('points hitStart/hitEnd at the highlighted word in the stored text', async () => {
    const { project } = await openSample();
    for (const query of ['SEND', 'Neurodiversity', 'steering', 'Hinds', 'coalition']) {
      const hits = await project.search.search({ query });
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        const { highlighted, located } = await hitInText(project, hit);
        expect(highlighted, `${query} in ${hit.title}`).toBeDefined();
        expect(located, `${query} in ${hit.title}`).toBe(highlighted);
        expect(located?.toLowerCase().startsWith(query.toLowerCase()), `${query} in ${hit.title}: ${located}`).toBe(
          true,
        );
      }
    }
  });

  it('highlights a whole phrase and a hyphenated word in the text', async () => {
    const { project } = await openSample();
    const [hit] = await project.search.search({
      query: '"steering group"',
      kinds: ['written-answer'],
      to: '2024-01-31',
    });
    expect(hit?.title).toBe(JANUARY);
    expect((await hitInText(project, hit!)).located).toBe('steering group');

    const id = await importTxt(project, 'notes.txt', 'Notes\n\nThe SEND-related budget grew.\n');
    const [own] = (await project.search.search({ query: 'SEND-related' })).filter((h) => h.sourceId === id);
    expect((await hitInText(project, own!)).located).toBe('SEND-related');
  });

  it('filters by kind', async () => {
    const { project } = await openSample();
    const answers = await project.search.search({ query: 'SEND', kinds: ['written-answer'] });
    expect(titles(answers).sort()).toEqual([JANUARY, MARCH].sort());
    expect(answers.every((h) => h.kind === 'written-answer')).toBe(true);

    const two = await project.search.search({ query: 'SEND', kinds: ['press-release', 'slide-deck'] });
    expect(titles(two).sort()).toEqual([PRESS, SLIDES].sort());

    expect(titles(await project.search.search({ query: 'SEND', kinds: [] }))).toHaveLength(5);
  });

  it('filters by date, leaving out undated sources when a date range is given', async () => {
    const { project } = await openSample();
    expect(titles(await project.search.search({ query: 'SEND', from: '2024-02-01' }))).toEqual([MARCH]);
    expect(titles(await project.search.search({ query: 'SEND', to: '2024-02-01' }))).toEqual([JANUARY]);
    expect(titles(await project.search.search({ query: 'SEND', from: '2024-01-15', to: '2024-03-25' })).sort()).toEqual(
      [JANUARY, MARCH].sort(),
    );
    expect(await project.search.search({ query: 'SEND', from: '2024-03-26' })).toEqual([]);
    const hit = (await project.search.search({ query: 'SEND', from: '2024-03-01' }))[0]!;
    expect(hit.publishedOn).toBe('2024-03-25');
  });

  it('respects the limit', async () => {
    const { project } = await openSample();
    expect(await project.search.search({ query: 'SEND', limit: 2 })).toHaveLength(2);
  });
});

describe('search ranking and freshness', () => {
  it('ranks a title match above sources that only mention the word in their text', async () => {
    const { project } = await openSample();
    const bodyOnly = await project.sources.importText(
      metadata('Field notes'),
      'Field notes\n\nThe quokka came back. A quokka again, and a third quokka by the school.\n',
    );
    const titled = await project.sources.importText(
      metadata('Quokka provision in schools'),
      'A short note about wildlife on the school site.\n',
    );
    const hits = await project.search.search({ query: 'quokka' });
    expect(hits.map((h) => h.sourceId)).toEqual([titled, bodyOnly]);
    // A title-only match has nothing to highlight in the text, so nowhere to open the reader at.
    expect(hits[0]!.hitStart).toBeNull();
    expect(hits[1]!.hitStart).not.toBeNull();
  });

  it('finds a source by its new title after the title is changed, and not by the old one', async () => {
    const { project } = await openSample();
    const id = await importTxt(project, 'draft.txt', 'Original heading\n\nBody text about transport.\n');
    expect((await project.search.search({ query: 'Original' })).map((h) => h.sourceId)).toEqual([id]);

    const summary = (await project.sources.list()).find((s) => s.id === id)!;
    await project.sources.updateMetadata(id, { ...metadata('Renamed zebrafish report'), author: summary.author });

    const hits = await project.search.search({ query: 'zebrafish' });
    expect(hits.map((h) => [h.sourceId, h.title])).toEqual([[id, 'Renamed zebrafish report']]);
    // "Original heading" is still in the text, so still found, now under its new title.
    expect((await project.search.search({ query: 'Original' })).map((h) => h.title)).toEqual([
      'Renamed zebrafish report',
    ]);
    expect(await project.search.search({ query: 'heading', kinds: ['press-release'] })).toEqual([]);
  });

  it('finds changed metadata through the kind and date filters', async () => {
    const { project } = await openSample();
    const id = await importTxt(project, 'memo.txt', 'Memo on xylophones\n\nNothing dated here.\n');
    expect(await project.search.search({ query: 'xylophones', kinds: ['report'] })).toEqual([]);
    await project.sources.updateMetadata(
      id,
      metadata('Memo on xylophones', { kind: 'report', publishedOn: '2023-06-01' }),
    );
    const hits = await project.search.search({
      query: 'xylophones',
      kinds: ['report'],
      from: '2023-01-01',
      to: '2023-12-31',
    });
    expect(hits.map((h) => h.sourceId)).toEqual([id]);
  });

  it('no longer finds a deleted source', async () => {
    const { project } = await openSample();
    const id = await importTxt(project, 'gone.txt', 'Temporary\n\nA note about marmosets.\n');
    expect((await project.search.search({ query: 'marmosets' })).map((h) => h.sourceId)).toEqual([id]);
    project.db.prepare('DELETE FROM sources WHERE id = ?').run(id);
    expect(await project.search.search({ query: 'marmosets' })).toEqual([]);

    const whately = await project.search.search({ query: 'Whately' });
    project.db.prepare('DELETE FROM sources WHERE id = ?').run(whately[0]!.sourceId);
    expect(await project.search.search({ query: 'Whately' })).toEqual([]);
    expect((await project.search.search({ query: 'SEND' })).map((h) => h.title)).not.toContain(PRESS);
  });
});

describe('extracts from long sources', () => {
  const filler = (n: number) => 'The panel met and talked about provision. '.repeat(Math.ceil(n / 43)).slice(0, n);

  it('cuts the extract around the first hit wherever it is, reading past the start of a long text', async () => {
    const { project } = await openSample();
    // The first hit far into the text, just before and just across where a search stops reading at first.
    for (const at of [START_CHARS * 10, START_CHARS - 90, START_CHARS - 4]) {
      const text = `${filler(at)} The wombat spoke. ${filler(START_CHARS)} A second wombat.`;
      const id = await importTxt(project, `wombat-${at}.txt`, `Minutes\n\n${text}`);
      const [hit] = await project.search.search({ query: 'wombat' });
      expect(hit?.sourceId).toBe(id);
      expect((await hitInText(project, hit!)).located, `first hit near ${at}`).toBe('wombat');
      expect(hit!.hitStart, `first hit near ${at}`).toBe((await project.sources.get(id)).text.indexOf('wombat'));
      expect(hit!.snippet.map((p) => p.text).join('')).toContain('The wombat spoke.');
      project.db.prepare('DELETE FROM sources WHERE id = ?').run(id);
    }
  });
});

describe('how many sources match, and a query too common to rank', () => {
  /** Four sources about otters, added in this order: two say it in their title, two only in their text. */
  async function otters(project: ProjectServices) {
    const add = (title: string, text: string) => project.sources.importText(metadata(title), text);
    const notes = await add('Notes on otters', 'Seen by the school pond.\n');
    const log = await add('Field log', 'Otters, otters and more otters by the river.\n');
    const river = await add('Otters at the river', 'A family of four.\n');
    const misc = await add('Miscellany', 'Once, an otter.\n');
    return { notes, log, river, misc };
  }

  it('counts every match while showing only the best few', async () => {
    const { project } = await openSample();
    const found = await project.search.find({ query: 'SEND', limit: 2 });
    expect(found.hits).toHaveLength(2);
    expect(found).toMatchObject({ matched: 5, order: 'relevance' });
  });

  it('ranks every match by relevance up to the limit', async () => {
    const { project } = await openSample();
    await otters(project);
    const search = createSearchService(project.db, { rankLimit: 4 });
    const found = await search.find({ query: 'otter' });
    expect(found).toMatchObject({ matched: 4, order: 'relevance' });
    expect(found.hits.map((h) => h.sourceId)).toEqual(
      (await project.search.search({ query: 'otter' })).map((h) => h.sourceId),
    );
  });

  it('past the limit, shows title matches then the rest, newest first, and says more than the limit match', async () => {
    const { project } = await openSample();
    const { notes, log, river, misc } = await otters(project);
    const search = createSearchService(project.db, { rankLimit: 2 });
    const found = await search.find({ query: 'otter' });
    expect(found).toMatchObject({ matched: 3, rankLimit: 2, order: 'title-then-newest' });
    expect(found.hits.map((h) => h.sourceId)).toEqual([river, notes, misc, log]);
    expect((await search.search({ query: 'otter', limit: 3 })).map((h) => h.sourceId)).toEqual([river, notes, misc]);
    expect((await search.search({ query: 'otter', limit: 1 })).map((h) => h.sourceId)).toEqual([river]);
    // Extracts and hit positions as for ranked results.
    expect((await hitInText(project, found.hits[2]!)).located).toBe('otter');
  });

  it('finds title matches first in a project made before titles had their own index, and after a rename', async () => {
    const db = new BetterSqlite3(join(tempDir(), 'older.cwb'));
    onCleanUp(() => db.close());
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 90),
    );
    const add = db.prepare(
      "INSERT INTO sources (title, kind, text, content_hash, imported_at) VALUES (?, 'other', ?, ?, '2024-01-01')",
    );
    const river = Number(add.run('Otters at the river', 'A family of four.', 'a').lastInsertRowid);
    const log = Number(add.run('Field log', 'Otters by the river.', 'b').lastInsertRowid);
    const misc = Number(add.run('Miscellany', 'Once, an otter.', 'c').lastInsertRowid);
    migrate(db);
    const search = createSearchService(db, { rankLimit: 0 });
    expect((await search.search({ query: 'otter' })).map((h) => h.sourceId)).toEqual([river, misc, log]);

    db.prepare('UPDATE sources SET title = ? WHERE id = ?').run('Otter sightings', misc);
    expect((await search.search({ query: 'otter' })).map((h) => h.sourceId)).toEqual([misc, river, log]);
    db.prepare('DELETE FROM sources WHERE id = ?').run(misc);
    expect((await search.search({ query: 'otter' })).map((h) => h.sourceId)).toEqual([river, log]);
  });

  it('counts against the limit only the sources the filters let through', async () => {
    const { project } = await openSample();
    const search = createSearchService(project.db, { rankLimit: 1 });
    const answers = await search.find({ query: 'SEND', kinds: ['written-answer'] });
    expect(answers).toMatchObject({ matched: 2, order: 'title-then-newest' });
    expect(titles(answers.hits).sort()).toEqual([JANUARY, MARCH].sort());
    const slides = await search.find({ query: 'SEND', kinds: ['slide-deck'] });
    expect(slides).toMatchObject({ matched: 1, order: 'relevance' });
    expect(titles(slides.hits)).toEqual([SLIDES]);
    expect(await search.find({ query: 'SEND', from: '2030-01-01' })).toMatchObject({ hits: [], matched: 0 });
  });
});

describe('search with awkward queries', () => {
  const NASTY = [
    '',
    '   ',
    '"',
    '""',
    '"SEND',
    'SEND"',
    'SEND AND',
    'OR',
    'NOT SEND',
    'NEAR(SEND local)',
    '(SEND',
    'title:SEND',
    'text : SEND',
    '*',
    'SEND**',
    '^SEND',
    '-SEND',
    '{title text}: SEND',
    "'; DROP TABLE sources; --",
    '\u0002SEND\u0003',
    '\u0000',
    '😀',
    'SEND '.repeat(100),
    'children’s',
    '£780',
    '2020-21',
  ];

  it.each(NASTY)('never fails on %j', async (query) => {
    const { project } = await openSample();
    // Ranked, and as a query too common to rank (which searches titles with FTS5's column filter).
    for (const search of [project.search, createSearchService(project.db, { rankLimit: 0 })]) {
      const hits = await search.search({ query });
      expect(Array.isArray(hits)).toBe(true);
      for (const hit of hits) {
        const { highlighted, located } = await hitInText(project, hit);
        if (located !== null) expect(located).toBe(highlighted);
      }
    }
    expect(await project.sources.list()).toHaveLength(5);
  });

  it('returns nothing for punctuation-only queries and still finds words wrapped in operators', async () => {
    const { project } = await openSample();
    expect(await project.search.search({ query: '!!! ... ???' })).toEqual([]);
    expect(titles(await project.search.search({ query: '(Whately)' }))).toEqual([PRESS]);
    expect(titles(await project.search.search({ query: 'title:Whately' }))).toEqual([]);
    expect(titles(await project.search.search({ query: '£780 million' }))).toEqual([SLIDES]);
  });
});
