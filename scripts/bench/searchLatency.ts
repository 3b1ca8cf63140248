// Search latency over a generated project (sourceCorpus.ts): a fixed mix of what people type — words in nearly
// every source, words in some, names in few; common and rare phrases; prefixes — each timed through our search
// service beside FTS5's own ranked lookup on the same index. Prints each query with how many sources it matches.
import type { Database } from 'better-sqlite3';
import { buildFtsQuery } from '../../shared/search/ftsQuery.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { createSearchService } from '../../electron/services/searchService.ts';
import { createPrefixWords } from '../../electron/services/searchPrefixes.ts';
import { percentile, since, type Figure } from './figures.ts';

export const SEARCH_QUERIES = {
  words: [
    'children', // in nearly every source
    'support',
    'commissioning', // in most
    'tribunal', // in about half
    'neurodiversity', // in about a quarter
    'Okafor', // a surname: in a few percent
    'Barnsley', // a place named by few sources
    'woursurpeerks', // a rare term (the vocabulary's 3,000th word)
  ],
  phrases: [
    '"young people"',
    '"local authority"',
    '"special educational needs"',
    '"joint commissioning"',
    '"Priya Okafor"', // a person: a handful of sources
    '"tribunal mediation"', // words that are common alone, rare together
  ],
  // The last two are longer than their words' stems ("educ", "commiss"): found through whole words stemmed alike.
  prefixes: ['commission*', 'assess*', 'tribun*', 'neuro*', 'okaf*', 'barns*', 'educat*', 'commissio*'],
};

function matches(db: Database, query: string, prefixWords: (prefix: string) => string[]): number {
  const fts = buildFtsQuery(query, prefixWords);
  return fts
    ? (db.prepare('SELECT count(*) AS n FROM sources_fts WHERE sources_fts MATCH ?').get(fts) as { n: number }).n
    : 0;
}

/**
 * p50 and p95 of our search beside FTS5's ranked lookup of every match, for each kind of query, over `rounds` rounds;
 * and of our search ranking every match as it did before RANK_LIMIT, timed in turn with the others.
 */
export async function searchLatency(project: ProjectServices, rounds: number): Promise<Figure[]> {
  const sources = (project.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
  // FTS5's own ranked lookup on the same index: what ranking every match costs before titles and extracts.
  const floor = project.db.prepare('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT 30');
  const rankingAll = createSearchService(project.db, { rankLimit: Number.POSITIVE_INFINITY });
  const prefixWords = createPrefixWords(project.db);
  const figures: Figure[] = [];
  for (const [kind, list] of Object.entries(SEARCH_QUERIES)) {
    console.log(
      `search ${kind}: ${list.map((q) => `${q} (${matches(project.db, q, prefixWords)} of ${sources})`).join(', ')}`,
    );
    const [ours, bare, before] = [[], [], []] as [number[], number[], number[]];
    for (let round = 0; round < rounds; round++) {
      for (const query of list) {
        let t0 = performance.now();
        await project.search.search({ query });
        ours.push(since(t0));
        t0 = performance.now();
        floor.all(buildFtsQuery(query, prefixWords));
        bare.push(since(t0));
        t0 = performance.now();
        await rankingAll.search({ query });
        before.push(since(t0));
      }
    }
    for (const p of [50, 95]) {
      figures.push({
        name: `search ${kind} p${p} (${ours.length} queries)`,
        value: percentile(ours, p),
        unit: 'ms',
        against: { name: 'FTS5 ranked lookup', value: percentile(bare, p) },
        ...(p === 95 ? { target: { text: '< 20 ms', met: percentile(ours, 95) < 20 } } : {}),
      });
    }
    for (const p of [50, 95])
      figures.push({
        name: `search ${kind} p${p} ranking every match (as before)`,
        value: percentile(before, p),
        unit: 'ms',
        against: { name: 'FTS5 ranked lookup', value: percentile(bare, p) },
      });
  }
  return figures;
}
