import type { SearchResults } from '../domain/search.ts';
import { plural } from '../text/plural.ts';
import { wholeNumber as count } from '../text/wholeNumber.ts';

/** The line above the search results: how many sources match and, when not all are shown, which ones are. */
export function searchSummary(query: string, results: SearchResults): string {
  const { hits, matched, rankLimit, order } = results;
  if (hits.length === 0) return `No sources contain “${query}”.`;
  if (order === 'title-then-newest')
    return (
      `More than ${count(rankLimit)} sources match “${query}”, too many to rank. ` +
      `Showing ${count(hits.length)}: title matches first, then the newest.`
    );
  if (matched > hits.length)
    return `The best ${count(hits.length)} of ${count(matched)} sources that match “${query}”.`;
  return `${count(matched)} ${plural(matched, 'source matches', 'sources match')} “${query}”`;
}
