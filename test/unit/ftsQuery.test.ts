import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFtsQuery, parseQuery } from '../../shared/search/ftsQuery.ts';
import { makeSnippet, snippetFromStart } from '../../shared/search/snippet.ts';
import { createStemOf } from '../../electron/services/repositories/stemRepository.ts';

/** Rows of a real FTS5 table with the same tokenizer the project's sources_fts uses. */
const ROWS: Record<number, string> = {
  1: 'The council commissioned a review of provision',
  2: 'Commissioning support for families in the area',
  3: 'SEND-related provision is a priority for schools',
  4: 'Related matters for SEND pupils were raised',
  5: 'Local authorities and health services work together',
  6: 'Health services and local authorities were consulted',
  7: 'Partnerships for inclusion of neurodiversity',
  8: 'AND OR NOT NEAR are ordinary words in this sentence',
  9: 'Ministers heard evidence: parents were worried',
};

let db: Db;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61')`);
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  for (const [id, text] of Object.entries(ROWS)) insert.run(Number(id), text);
});

afterAll(() => db.close());

/** Runs what a user typed through buildFtsQuery against the table: the matching row ids, or null for "no query". */
function matches(input: string): number[] | null {
  const query = buildFtsQuery(input);
  if (query === null) return null;
  const rows = db.prepare('SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY rowid').all(query) as { id: number }[];
  return rows.map((r) => r.id);
}

describe('buildFtsQuery against a real FTS5 table', () => {
  it('finds rows containing every plain word, in any order', () => {
    expect(matches('local authorities')).toEqual([5, 6]);
    expect(matches('authorities local')).toEqual([5, 6]);
    expect(matches('local families')).toEqual([]);
  });

  it('treats "quoted words" as a phrase, so word order matters', () => {
    expect(matches('"local authorities"')).toEqual([5, 6]);
    expect(matches('"health services"')).toEqual([5, 6]);
    expect(matches('"services health"')).toEqual([]);
    expect(matches('"authorities and health"')).toEqual([5]);
  });

  it('matches other forms of a word through porter stemming', () => {
    expect(matches('commissioning')).toEqual([1, 2]);
    expect(matches('commissioned')).toEqual([1, 2]);
    expect(matches('partnership')).toEqual([7]);
  });

  it('makes a trailing * a prefix search', () => {
    expect(matches('neurodiv*')).toEqual([7]);
    expect(matches('neurodiv')).toEqual([]);
    expect(matches('commission*')).toEqual([1, 2]);
  });

  it('searches a hyphenated word as a phrase, not as a column filter or NOT', () => {
    expect(buildFtsQuery('SEND-related')).toBe('"SEND related"');
    // Row 4 has both words but not next to each other in that order.
    expect(matches('SEND-related')).toEqual([3]);
    expect(matches('send-related provision')).toEqual([3]);
  });

  it('treats FTS operator words as ordinary words', () => {
    // Rows 5 and 6 contain "and" too: AND is a word like any other.
    expect(matches('AND')).toEqual([5, 6, 8]);
    expect(matches('NOT')).toEqual([8]);
    expect(matches('OR sentence')).toEqual([8]);
    expect(matches('local OR families')).toEqual([]);
    expect(matches('NEAR sentence')).toEqual([8]);
    expect(matches('health NOT local')).toEqual([]);
  });

  it('does not turn colons into column filters', () => {
    expect(matches('evidence: parents')).toEqual([9]);
    expect(matches('x:parents')).toEqual([]);
  });

  const NASTY = [
    'AND',
    'OR',
    'NOT',
    'NEAR',
    'a AND',
    'OR b',
    'NOT NOT',
    'health NOT',
    'NEAR(local health)',
    'NEAR(local health, 2)',
    '(local',
    'local)',
    '()',
    '(((',
    'x:local',
    'x : local',
    ':',
    'col:',
    '{x}: local',
    '"',
    '""',
    '"""',
    '"unterminated phrase',
    'stray"quote',
    'a"b"c',
    '*',
    '**',
    'local**',
    '*local',
    '^local',
    '-local',
    '+local',
    'local -health',
    'SEND-related*',
    'e\u0301cole',
    '\u0301',
    '\u0000',
    '\u0002hit\u0003',
    "children's",
    'O\u2019Brien',
    '£780 million',
    '2020-21',
    '😀 local',
    '\t\nlocal\r\n',
    'local '.repeat(200),
    '"local" AND "health" OR NOT (NEAR x:y)*',
    '; DROP TABLE t; --',
    "' OR 1=1 --",
    '%_\\',
  ];

  it.each(NASTY)('never turns %j into a syntax error', (input) => {
    expect(() => matches(input)).not.toThrow();
  });

  it('returns null, not a query, when there is nothing to search for', () => {
    for (const input of ['', '   ', '\n\t', '"', '""', '*', '!!!', '... --- ???', '()', ':', '\u0301']) {
      expect(buildFtsQuery(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('still finds the words inside punctuation-heavy input', () => {
    expect(matches('(local)')).toEqual([5, 6]);
    expect(matches('local, "health services"!')).toEqual([5, 6]);
    expect(matches('"unterminated phrase local')).toEqual([]);
    expect(matches('"local authorities')).toEqual([5, 6]);
  });
});

describe('makeSnippet', () => {
  const HS = '\u0002';
  const HE = '\u0003';

  it('marks the same words that FTS5 highlights, and says where the first one is', () => {
    const text = 'In 2023 we commissioned health services for families; commissioning continues.';
    const input = 'commissioning "health services"';
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS h USING fts5(x, tokenize='porter unicode61')`);
    db.prepare('INSERT INTO h (rowid, x) VALUES (1, ?)').run(text);
    const row = db
      .prepare('SELECT highlight(h, 0, ?, ?) AS s FROM h WHERE h MATCH ?')
      .get(HS, HE, buildFtsQuery(input)!) as { s: string };
    const fromFts = [...row.s.matchAll(/\u0002(.*?)\u0003/g)].map((m) => m[1]);
    const { parts, hit } = makeSnippet(text, parseQuery(input));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(fromFts);
    expect(text.slice(hit!.start, hit!.end)).toBe('commissioned');
  });

  it.each([
    ['"local authority"', 'The local offer. Local authorities, and one local authority, said so.'],
    ['commissioning', 'The commissioner spoke of commissioning and of commissions.'],
    ['families policy', 'A policy for the family; policies for families and familiar faces.'],
    ['"young people" assess*', 'Assessments of young persons, and of young people, by assessors.'],
  ])('with the index stemmer, marks for %j exactly the words FTS5 highlights', (input, text) => {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS h2 USING fts5(x, tokenize='porter unicode61')`);
    db.exec('DELETE FROM h2');
    db.prepare('INSERT INTO h2 (rowid, x) VALUES (1, ?)').run(text);
    const row = db
      .prepare('SELECT highlight(h2, 0, ?, ?) AS s FROM h2 WHERE h2 MATCH ?')
      .get(HS, HE, buildFtsQuery(input)!) as { s: string };
    const fromFts = [...row.s.matchAll(/\u0002(.*?)\u0003/g)].map((m) => m[1]);
    const { parts, hit } = makeSnippet(text, parseQuery(input), { stemOf: createStemOf(db) });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(fromFts);
    expect(text.slice(hit!.start, hit!.end)).toBe(fromFts[0]);
  });

  it('cuts a long text to an extract around the first hit, on word boundaries, marked with ellipses', () => {
    const text = `${'filler words here '.repeat(20)}the tribunal decided ${'more filler text '.repeat(20)}`;
    const { parts, hit } = makeSnippet(text, parseQuery('tribunal'));
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.find((p) => p.hit)?.text).toBe('tribunal');
    expect(text.slice(hit!.start, hit!.end)).toBe('tribunal');
    const joined = parts.map((p) => p.text).join('');
    expect(joined.length).toBeLessThan(220);
    expect(joined).toMatch(/^… ?filler|^…here/);
  });

  it('matches prefixes and phrases across punctuation, and shows the start when nothing matches', () => {
    expect(
      makeSnippet('Assessments and assessors.', parseQuery('assess*'))
        .parts.filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['Assessments', 'assessors']);
    expect(
      makeSnippet('SEND-related support', parseQuery('SEND-related'))
        .parts.filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['SEND-related']);
    expect(makeSnippet('Nothing to see', parseQuery('tribunal'))).toEqual({
      parts: [{ text: 'Nothing to see', hit: false }],
      hit: null,
    });
  });
});

describe('snippetFromStart', () => {
  // Hits near the start, one inside a long run without spaces, and more deep in the text.
  const text =
    `${'opening words of the text '.repeat(8)}${'-'.repeat(120)}tribunal${'-'.repeat(120)} then ` +
    `${'filler words here '.repeat(30)}the tribunal decided and a tribunal sat ${'more filler text '.repeat(30)}`;

  it.each(['tribunal', 'opening', '"tribunal sat"', 'decid*', 'absent'])(
    'gives what makeSnippet gives on the whole text, or nothing, for %j cut at every length',
    (query) => {
      const terms = parseQuery(query);
      const whole = makeSnippet(text, terms);
      let answered = 0;
      for (let n = 0; n <= text.length; n++) {
        const fromStart = snippetFromStart(text.slice(0, n), terms, n === text.length);
        if (fromStart === null) continue;
        answered++;
        expect(fromStart, `cut at ${n}`).toEqual(whole);
      }
      // Once the start holds the hit and its extract, the rest is not needed.
      expect(answered).toBeGreaterThan(whole.hit ? 1 : 0);
      expect(snippetFromStart(text, terms, true)).toEqual(whole);
    },
  );
});
