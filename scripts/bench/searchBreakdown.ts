// `node scripts/bench/searchBreakdown.ts <project file> [rounds]`: where a search's time goes, phase by phase, for
// each kind of query in the bench's fixed mix: the steps searchService.find takes, one at a time, in CPU time (on a
// loaded machine wall time is mostly waiting for a core), beside FTS5's own ranked lookup and its first 30 matches.
import { openDatabase } from '../../electron/services/db/openDatabase.ts';
import {
  countMatches,
  highestSourceId,
  matchesById,
  matchText,
  rankedIds,
  rankedMatches,
  START_CHARS,
  titleFirstMatches,
} from '../../electron/services/repositories/searchRepository.ts';
import { createStemOf } from '../../electron/services/repositories/stemRepository.ts';
import { createPrefixWords } from '../../electron/services/searchPrefixes.ts';
import { RANK_LIMIT } from '../../electron/services/searchService.ts';
import { buildFtsQuery, parseQuery } from '../../shared/search/ftsQuery.ts';
import { makeSnippet, snippetFromStart } from '../../shared/search/snippet.ts';
import { percentile } from './figures.ts';
import { SEARCH_QUERIES } from './searchLatency.ts';

const [path, rounds] = [process.argv[2], Number(process.argv[3] ?? 8)];
if (!path) throw new Error('usage: node scripts/bench/searchBreakdown.ts <project file> [rounds]');
const db = openDatabase(path);
const prefixWords = createPrefixWords(db);
const stemOf = createStemOf(db);
const fts5 = {
  ranked: db.prepare('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT 30'),
  first30: db.prepare('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? LIMIT 30'),
};

/** What `f` returns, and the CPU milliseconds it took. */
function cpu<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const value = f();
  const { user, system } = process.cpuUsage(c0);
  return [value, (user + system) / 1000];
}

try {
  for (const [kind, list] of Object.entries(SEARCH_QUERIES)) {
    const phases = new Map<string, number[]>();
    const add = (phase: string, ms: number) => phases.set(phase, [...(phases.get(phase) ?? []), ms]);
    for (let round = 0; round < rounds; round++)
      for (const query of list) {
        const [[fts, terms], build] = cpu(() => [buildFtsQuery(query, prefixWords)!, parseQuery(query)] as const);
        // As find does: a project of no more sources than are ranked ranks every match at once, which counts them.
        const [all, rankAll] = cpu(() => (highestSourceId(db) <= RANK_LIMIT ? rankedIds(db, fts, {}) : null));
        const [matched, count] = cpu(() => all?.length ?? countMatches(db, fts, {}, RANK_LIMIT + 1));
        const [rows, read] = cpu(() =>
          matched > RANK_LIMIT
            ? titleFirstMatches(db, fts, {}, 30)
            : all
              ? matchesById(db, all.slice(0, 30))
              : rankedMatches(db, fts, {}, 30),
        );
        const [fromStart, cut] = cpu(() =>
          rows.map((row) => snippetFromStart(row.start, terms, row.start.length < START_CHARS, { stemOf })),
        );
        const [texts, whole] = cpu(() => rows.map((row, i) => (fromStart[i] ? '' : matchText(db, row.id))));
        const [hits, cutWhole] = cpu(() =>
          rows.map((_, i) => fromStart[i] ?? makeSnippet(texts[i]!, terms, { stemOf })),
        );
        const [, json] = cpu(() => JSON.stringify(hits));
        add('query', build);
        add('count, or rank all', count + rankAll);
        add('rank 30, or newest', read);
        add('whole texts', whole);
        add('extracts', cut + cutWhole);
        add('JSON', json);
        add('= ours', build + rankAll + count + read + whole + cut + cutWhole + json);
        add('FTS5 ranked lookup', cpu(() => fts5.ranked.all(fts))[1]);
        add('FTS5 first 30', cpu(() => fts5.first30.all(fts))[1]);
      }
    console.log(`search ${kind}, CPU ms p50 / p95:`);
    for (const [phase, times] of phases)
      console.log(
        `  ${phase.padEnd(20)} ${percentile(times, 50).toFixed(1).padStart(5)} / ${percentile(times, 95).toFixed(1)}`,
      );
  }
} finally {
  db.close();
}
