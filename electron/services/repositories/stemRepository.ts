import type { Database } from 'better-sqlite3';

/**
 * The stems the search index's own tokenizer gives words, read back from a scratch full-text table in the
 * connection's TEMP schema (never written to the project file). Asking SQLite, not a JavaScript stemmer, keeps
 * them exactly the stems sources_fts holds.
 */
export function createStemmer(db: Database) {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.stem_words USING fts5(word, tokenize='porter unicode61');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.stem_words_vocab USING fts5vocab(temp, stem_words, instance);
  `);
  const insert = db.prepare('INSERT INTO temp.stem_words(rowid, word) SELECT key, value FROM json_each(?)');
  const read = db.prepare('SELECT doc, term FROM temp.stem_words_vocab');
  const clear = db.prepare('DELETE FROM temp.stem_words');

  /** Each word's stem, in order; null for a word the tokenizer does not read as exactly one word. */
  return function stems(words: readonly string[]): (string | null)[] {
    insert.run(JSON.stringify(words));
    try {
      const found = new Map<number, string[]>();
      for (const { doc, term } of read.all() as { doc: number; term: string }[])
        found.set(doc, [...(found.get(doc) ?? []), term]);
      return words.map((_, i) => {
        const terms = found.get(i);
        return terms?.length === 1 ? terms[0]! : null;
      });
    } finally {
      clear.run();
    }
  };
}
export type Stemmer = ReturnType<typeof createStemmer>;

/**
 * One word's stem at a time, remembered: search extracts ask for the same few words again and again, and each new
 * word costs a round trip through the scratch table.
 */
export function createStemOf(db: Database): (word: string) => string | null {
  const stems = createStemmer(db);
  const known = new Map<string, string | null>();
  return function stemOf(word) {
    const key = word.toLowerCase();
    let stem = known.get(key);
    if (stem === undefined) {
      if (known.size >= 50_000) known.clear();
      stem = stems([key])[0] ?? null;
      known.set(key, stem);
    }
    return stem;
  };
}
