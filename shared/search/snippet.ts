import type { QueryTerm, SnippetPart } from './ftsQuery.ts';

/** A word's stem as the search index holds it (Porter's), or null when the tokenizer does not read it as one word. */
export type StemOf = (word: string) => string | null;

export type SnippetOptions = {
  /** Characters of context either side of the first hit. */
  contextChars?: number;
  /**
   * The index's own stemmer: with it, a word of the text is marked only when the index would match it ("local
   * authorities" for "local authority", not "commissioner" for "commissioning"). Without it, a crude guess.
   */
  stemOf?: StemOf;
};

// Crude English stemming, enough to find where "commissioning" matched "commissioned" (the index uses porter).
function crudeStem(word: string): string {
  const lower = word.toLowerCase();
  const cut = lower.replace(/(ings?|ed|es|s|ions?|ments?|ly|er|ers)$/, '');
  return cut.length >= 4 ? cut : lower;
}

/**
 * What every word with Porter stem `stem` begins with. Porter rewrites only a few endings, and none by more than
 * two letters of the stem: y→i (happy, happi), -ate/-ize/-ence with their e (hope, hoping), -ble from -bility.
 */
function stemStart(stem: string): string {
  const cut = stem.endsWith('ble') ? 2 : /(?:bl|e|i)$/.test(stem) ? 1 : 0;
  return stem.slice(0, Math.max(1, stem.length - cut));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** For each word of a term, how a word of the text may begin, and the stem it must have (null: any ending). */
type WordRule = { start: string; stem: string | null };

function wordRules(term: QueryTerm, stemOf: StemOf | undefined): WordRule[] {
  return term.words.map((word, i) => {
    const prefix = term.prefix && i === term.words.length - 1;
    const stem = stemOf && !prefix ? stemOf(word) : null;
    return stem ? { start: stemStart(stem), stem } : { start: crudeStem(word), stem: null };
  });
}

/** A pattern for a term in running text: its words in order, each allowed endings. */
function termPattern(rules: readonly WordRule[]): RegExp {
  const words = rules.map((r) => `${escape(r.start)}[\\p{L}\\p{N}]*`).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}`, 'giu');
}

/** Finds the query's hits in a text: places where every word of a term has the stem the index would match. */
function hitFinder(terms: readonly QueryTerm[], stemOf: StemOf | undefined) {
  const found = terms.map((term) => {
    const rules = wordRules(term, stemOf);
    const isHit = (m: RegExpExecArray) => {
      const words = m[0].match(/[\p{L}\p{N}]+/gu) ?? [];
      return rules.every((rule, i) => rule.stem === null || stemOf?.(words[i]!) === rule.stem);
    };
    return { pattern: termPattern(rules), isHit };
  });
  /** The term's first hit at or after `from`. */
  function firstOf({ pattern, isHit }: (typeof found)[number], text: string, from: number) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (isHit(m)) return m;
      pattern.lastIndex = m.index + 1;
    }
    return null;
  }
  return {
    /** The first hit of any term at or after `from` (the first term's, of two at one place), or null. */
    next(text: string, from = 0): RegExpExecArray | null {
      let first: RegExpExecArray | null = null;
      for (const term of found) {
        const m = firstOf(term, text, from);
        if (m && (!first || m.index < first.index)) first = m;
      }
      return first;
    },
  };
}

/**
 * A short extract around the first place the query matches, hits marked, and where that first hit is in
 * the text. Made in plain code from the stored text (FTS5's snippet() re-reads each document, which is slow).
 */
export function makeSnippet(
  text: string,
  terms: readonly QueryTerm[],
  { contextChars = 80, stemOf }: SnippetOptions = {},
): { parts: SnippetPart[]; hit: { start: number; end: number } | null } {
  if (terms.length === 0) return { parts: [{ text: text.slice(0, contextChars * 2), hit: false }], hit: null };
  const hits = hitFinder(terms, stemOf);
  const first = hits.next(text);
  if (!first) {
    const head = text.slice(0, contextChars * 2);
    return { parts: [{ text: head + (text.length > head.length ? '…' : ''), hit: false }], hit: null };
  }
  // Start and end the extract on word boundaries.
  let from = Math.max(0, first.index - contextChars);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, first.index + first[0].length + contextChars);
  if (to < text.length) to = text.lastIndexOf(' ', to) > first.index + first[0].length ? text.lastIndexOf(' ', to) : to;
  const window = text.slice(from, to);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '…', hit: false });
  let at = 0;
  for (let m = hits.next(window); m; m = hits.next(window, m.index + m[0].length)) {
    if (m.index > at) parts.push({ text: window.slice(at, m.index).replace(/\s+/g, ' '), hit: false });
    parts.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < window.length) parts.push({ text: window.slice(at).replace(/\s+/g, ' '), hit: false });
  if (to < text.length) parts.push({ text: '…', hit: false });
  return { parts, hit: { start: first.index, end: first.index + first[0].length } };
}

/**
 * makeSnippet's answer read from the start of a text alone, so a search need not read whole sources for their
 * extracts; null when the rest of the text could change it (no hit in the start, or the hit or its extract reaching
 * the start's end), and the whole text must be read. `complete` says the start is the whole text.
 */
export function snippetFromStart(
  start: string,
  terms: readonly QueryTerm[],
  complete: boolean,
  options: SnippetOptions = {},
): ReturnType<typeof makeSnippet> | null {
  const snippet = makeSnippet(start, terms, options);
  if (complete) return snippet;
  const { hit } = snippet;
  const contextChars = options.contextChars ?? 80;
  if (!hit || hit.end + contextChars >= start.length) return null;
  // The extract starts after the first space before the hit: it must be one the start holds.
  const from = hit.start - contextChars;
  return from > 0 && start.indexOf(' ', from) === -1 ? null : snippet;
}
