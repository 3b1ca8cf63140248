import { collapse } from './collapsedText.ts';

/** Runs of three words: enough to tell a document's own phrasing from common words two texts happen to share. */
function shingles(text: string): Set<string> {
  const words = collapse(text).toLowerCase().split(' ').filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (set.size === 0 && words.length > 0) set.add(words.join(' '));
  return set;
}

/**
 * 0..1: how much of their phrasing two texts share (three-word runs in common over the larger text's count).
 * Word order within a passage counts, the order of passages and line breaks do not: a reordered or re-laid-out
 * version scores near 1, a different document near 0.
 */
export function sharedPhrasing(before: string, after: string): number {
  if (before === after) return 1;
  const a = shingles(before);
  const b = shingles(after);
  const largest = Math.max(a.size, b.size);
  if (largest === 0) return 1;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / largest;
}
