/** One thing to find: a word or phrase (its words in order), optionally as a prefix (commission*). */
export type QueryTerm = { words: string[]; prefix: boolean };

/**
 * Reads what a person types: words must all appear, "quoted words" are phrases, a trailing * is a prefix.
 * Punctuation splits words, as the search index's tokenizer does ("SEND-related" is the phrase "SEND related").
 */
export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    const raw = m[1] ?? m[2]!;
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (words) terms.push({ words, prefix: m[1] === undefined && raw.endsWith('*') });
  }
  return terms;
}

/**
 * Turns what a person types into a safe FTS5 query. Every term is quoted, so AND/OR/NOT, brackets, colons
 * or a stray quote can never become query syntax or a syntax error.
 */
export function buildFtsQuery(input: string): string | null {
  const terms = parseQuery(input).map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`);
  return terms.length ? terms.join(' ') : null;
}

/** A piece of a search result's extract; hits are shown highlighted. */
export type SnippetPart = { text: string; hit: boolean };
