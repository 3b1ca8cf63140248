import type { QueryTerm, SnippetPart } from './ftsQuery.ts';

// Crude English stemming, enough to find where "commissioning" matched "commissioned" (the index uses porter).
function stem(word: string): string {
  const lower = word.toLowerCase();
  const cut = lower.replace(/(ings?|ed|es|s|ions?|ments?|ly|er|ers)$/, '');
  return cut.length >= 4 ? cut : lower;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a term in running text: its words in order, each allowed its usual endings. */
function termPattern(term: QueryTerm): string {
  return term.words.map((w) => `${escape(stem(w))}[\\p{L}\\p{N}]*`).join('[^\\p{L}\\p{N}]+');
}

/**
 * A short extract around the first place the query matches, hits marked, and where that first hit is in
 * the text. Made in plain code from the stored text (FTS5's snippet() re-reads each document, which is slow).
 */
export function makeSnippet(
  text: string,
  terms: readonly QueryTerm[],
  contextChars = 80,
): { parts: SnippetPart[]; hit: { start: number; end: number } | null } {
  if (terms.length === 0) return { parts: [{ text: text.slice(0, contextChars * 2), hit: false }], hit: null };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(termPattern).join('|')})`, 'giu');
  const first = pattern.exec(text);
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
  const inWindow = new RegExp(pattern.source, 'giu');
  for (let m = inWindow.exec(window); m; m = inWindow.exec(window)) {
    if (m[0].length === 0) {
      inWindow.lastIndex++;
      continue;
    }
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
  contextChars = 80,
): ReturnType<typeof makeSnippet> | null {
  const snippet = makeSnippet(start, terms, contextChars);
  if (complete) return snippet;
  const { hit } = snippet;
  if (!hit || hit.end + contextChars >= start.length) return null;
  // The extract starts after the first space before the hit: it must be one the start holds.
  const from = hit.start - contextChars;
  return from > 0 && start.indexOf(' ', from) === -1 ? null : snippet;
}
