// Search latency over a generated project (sourceCorpus.ts): a fixed mix of what people type — words in nearly
// every source, words in some, names in few; common and rare phrases; prefixes — each timed through our search
// service beside FTS5's own ranked lookup on the same index. Prints each query with how many sources it matches.
import type { Database } from 'better-sqlite3';
import { buildFtsQuery } from '../../shared/search/ftsQuery.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { openDatabase } from '../../electron/services/db/openDatabase.ts';
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

/** A search service of another checkout of the app (`--compare-with`), asked on its own connection to the same file. */
export type OtherSearch = { label: string; search: (query: string) => Promise<unknown> };

/** Wall and CPU milliseconds of one call: on a loaded machine, wall time is mostly waiting for a core. */
async function timed(f: () => unknown): Promise<[number, number]> {
  const [c0, t0] = [process.cpuUsage(), performance.now()];
  await f();
  const cpu = process.cpuUsage(c0);
  return [since(t0), (cpu.user + cpu.system) / 1000];
}

/**
 * p50 and p95 of our search beside FTS5's ranked lookup of every match, for each kind of query, over `rounds` rounds;
 * of our search ranking every match as it did before RANK_LIMIT; and of other checkouts' search on the same file,
 * each timed in turn with the others.
 */
export async function searchLatency(
  project: ProjectServices,
  rounds: number,
  others: OtherSearch[] = [],
): Promise<Figure[]> {
  const sources = (project.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
  // The peers ask on a connection of their own, so that their reads do not empty our connection's page cache.
  const peers = openDatabase(project.db.name);
  // FTS5's own ranked lookup on the same index: what ranking every match costs before titles and extracts.
  const floor = peers.prepare('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT 30');
  const rankingAll = createSearchService(peers, { rankLimit: Number.POSITIVE_INFINITY });
  const prefixWords = createPrefixWords(peers);
  const figures: Figure[] = [];
  try {
    for (const [kind, list] of Object.entries(SEARCH_QUERIES)) {
      console.log(
        `search ${kind}: ${list.map((q) => `${q} (${matches(project.db, q, prefixWords)} of ${sources})`).join(', ')}`,
      );
      const [ours, oursCpu, bare, before] = [[], [], [], []] as [number[], number[], number[], number[]];
      const theirs = others.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
      for (let round = 0; round < rounds; round++) {
        for (const query of list) {
          const [wall, cpu] = await timed(() => project.search.search({ query }));
          ours.push(wall);
          oursCpu.push(cpu);
          bare.push((await timed(() => floor.all(buildFtsQuery(query, prefixWords))))[0]);
          before.push((await timed(() => rankingAll.search({ query })))[0]);
          for (const [i, other] of others.entries()) {
            const [wall, cpu] = await timed(() => other.search(query));
            theirs[i]!.wall.push(wall);
            theirs[i]!.cpu.push(cpu);
          }
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
      // Beside another checkout's when there is one (below).
      if (others.length === 0)
        for (const p of [50, 95])
          figures.push({ name: `search ${kind} p${p} CPU time (ours)`, value: percentile(oursCpu, p), unit: 'ms' });
      for (const p of [50, 95])
        figures.push({
          name: `search ${kind} p${p} ranking every match (as before)`,
          value: percentile(before, p),
          unit: 'ms',
          against: { name: 'FTS5 ranked lookup', value: percentile(bare, p) },
        });
      for (const [i, other] of others.entries())
        for (const p of [50, 95])
          figures.push(
            {
              name: `search ${kind} p${p} (ours)`,
              value: percentile(ours, p),
              unit: 'ms',
              against: { name: other.label, value: percentile(theirs[i]!.wall, p) },
            },
            {
              name: `search ${kind} p${p} CPU time (ours)`,
              value: percentile(oursCpu, p),
              unit: 'ms',
              against: { name: `${other.label}'s CPU time`, value: percentile(theirs[i]!.cpu, p) },
            },
          );
    }
  } finally {
    peers.close();
  }
  return figures;
}
