/**
 * Narrows a selection to the words in it: a double-click or drag often takes a space or line break
 * either side, and a quote that starts or ends with white space looks like a mistake in the response.
 */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
