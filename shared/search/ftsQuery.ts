/**
 * Turns what a person types into a safe FTS5 query: words must all appear, "quoted words" are phrases,
 * a trailing * is a prefix (commission*). Everything else is quoted, so punctuation such as
 * SEND-related, AND/OR/NOT or a stray quote can never become query syntax or a syntax error.
 */
export function buildFtsQuery(input: string): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2]!;
    const prefix = raw.endsWith('*');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    // "SEND-related" is two tokens to the unicode61 tokenizer: search it as the phrase it is.
    const phrase = `"${words.join(' ')}"`;
    terms.push(prefix ? `${phrase}*` : phrase);
  }
  return terms.length ? terms.join(' ') : null;
}

/** Markers FTS5's snippet() puts around each hit; control characters that never occur in stored text. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export type SnippetPart = { text: string; hit: boolean };

/** Splits a marked snippet into plain and highlighted parts, so the UI renders text, never HTML. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let current = '';
  for (const ch of snippet) {
    if (ch === HIT_START || ch === HIT_END) {
      if (current) parts.push({ text: current, hit });
      current = '';
      hit = ch === HIT_START;
    } else {
      current += ch;
    }
  }
  if (current) parts.push({ text: current, hit });
  return parts;
}
