import { synonymsFor } from './domainSynonyms.ts';
import { meaningfulWords, passageWords } from './quoteWords.ts';

/** One thing to look for in the questions: an FTS5 phrase (quoted, so never query syntax) and how much it counts. */
export type WeightedPhrase = { phrase: string; weight: number };

// Another name for something the passage names is good evidence, but a little weaker than the passage's own words.
const SYNONYM_WEIGHT = 0.7;

/**
 * What to match a passage on: its meaningful words, and other names for what it names. Each counts once, so
 * a passage that repeats a word does not drown out the rest; past maxWords, a long passage's tail is ignored.
 */
export function suggestionTerms(text: string, maxWords = 64): WeightedPhrase[] {
  const words = passageWords(text);
  const own = [...new Set(meaningfulWords(words))]
    .slice(0, maxWords)
    .map((word) => ({ phrase: `"${word}"`, weight: 1 }));
  const others = synonymsFor(words).map((synonym) => ({ phrase: `"${synonym.join(' ')}"`, weight: SYNONYM_WEIGHT }));
  return [...own, ...others];
}
