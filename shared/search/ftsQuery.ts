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

/** An FTS5 string: inside one, only a doubled quote means a quote. */
function quote(words: readonly string[]): string {
  return `"${words.join(' ').replaceAll('"', '""')}"`;
}

/**
 * Turns what a person types into a safe FTS5 query. Every term is quoted, so AND/OR/NOT, brackets, colons
 * or a stray quote can never become query syntax or a syntax error. `wordsFor` may give whole words a prefix
 * should also find (a stemmed index may hold none that begin with it); the term then matches the prefix or any of
 * them, in the same place in a phrase.
 */
export function buildFtsQuery(input: string, wordsFor?: (prefix: string) => readonly string[]): string | null {
  const terms = parseQuery(input).map((t) => {
    const quoted = `${quote(t.words)}${t.prefix ? '*' : ''}`;
    const words = t.prefix && wordsFor ? wordsFor(t.words.at(-1)!) : [];
    if (words.length === 0) return quoted;
    const phrases = words.map((word) => quote([...t.words.slice(0, -1), word]));
    return `(${[quoted, ...phrases].join(' OR ')})`;
  });
  // An explicit AND: FTS5 takes two terms side by side as AND only when neither is a bracketed group.
  return terms.length ? terms.join(' AND ') : null;
}

/** A piece of a search result's extract; hits are shown highlighted. */
export type SnippetPart = { text: string; hit: boolean };
