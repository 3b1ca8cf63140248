import type { Database } from 'better-sqlite3';
import { prefixCompletions } from '../../shared/search/prefixCompletions.ts';
import { createStemmer } from './repositories/stemRepository.ts';

/**
 * For a prefix a person types, one whole word for each stem that words beginning with it are indexed under and
 * that the prefix alone would miss: FTS5 matches a prefix against stems, so `educat*` finds no "education"
 * (indexed as "educ") unless the query also asks for a word stemmed to "educ". Words whose stem the prefix
 * already reaches are left out, keeping the query to a few extra index lookups.
 */
export function createPrefixWords(db: Database) {
  const stems = createStemmer(db);
  return function prefixWords(prefix: string): string[] {
    const words = prefixCompletions(prefix);
    if (words.length === 0) return [];
    const [own, ...theirs] = stems([prefix, ...words]);
    if (!own) return [];
    const seen = new Set<string>();
    return words.filter((_, i) => {
      const stem = theirs[i];
      if (!stem || stem.startsWith(own) || seen.has(stem)) return false;
      seen.add(stem);
      return true;
    });
  };
}
