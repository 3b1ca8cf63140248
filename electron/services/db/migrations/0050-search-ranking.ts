import type { Migration } from '../migration.ts';

// Title matches count five times body matches; FTS5's built-in 'rank' then sorts by it without computing
// bm25() per row in SQL, which keeps ranked queries fast on large projects.
export const searchRanking: Migration = {
  version: 50,
  name: 'search ranking weights',
  up: `INSERT INTO sources_fts(sources_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');`,
};
