/**
 * Widens a selection to whole sentences: back to just after the previous sentence end (or paragraph break)
 * and forward through the sentence's closing punctuation and quote marks.
 */
export function expandToSentences(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  while (
    s > 0 &&
    !/[.!?]["'”’)\]]?\s$/.test(text.slice(Math.max(0, s - 3), s)) &&
    !/\n\s*$/.test(text.slice(Math.max(0, s - 2), s))
  )
    s--;
  while (s < text.length && /\s/.test(text[s]!)) s++;
  let e = Math.max(s, Math.min(end, text.length));
  // A selection that already ends a sentence stays; otherwise run on to the next full stop or line end.
  if (!/[.!?]["'”’)\]]?$/.test(text.slice(s, e))) {
    while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
    if (e < text.length && /[.!?]/.test(text[e]!)) e++;
    while (e < text.length && /["'”’)\]]/.test(text[e]!)) e++;
  }
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
