/**
 * A quote's fragments are written as separate selections, as REFI-QDA has no elisions. Their names say which quote
 * and part each is ("[quote 12, part 1 of 2] the first words…"), so reading the file back joins them again; other
 * tools show the name as the passage's label.
 */
const PART = /^\[quote (\d+), part (\d+) of (\d+)\] ?/;
const EXCERPT = 60;

export function selectionName(quoteId: number, part: number, parts: number, text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT).trimEnd()}…`;
  return parts > 1 ? `[quote ${quoteId}, part ${part} of ${parts}] ${excerpt}` : excerpt;
}

/** The quote and part a selection's name claims, and the excerpt that follows. */
export function readSelectionName(name: string): {
  part: { quote: number; part: number; of: number } | null;
  excerpt: string;
} {
  const m = PART.exec(name);
  const excerpt = name.slice(m ? m[0].length : 0);
  return m ? { part: { quote: Number(m[1]), part: Number(m[2]), of: Number(m[3]) }, excerpt } : { part: null, excerpt };
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a selection's name, taken as the start of its words (QualCoder writes the whole passage, ATLAS.ti the first
 * words and "..."), agrees with the text found at its positions. Null when the name says nothing about the words:
 * empty, or words that are nowhere in the source (a label such as "Reference 1").
 */
export function excerptAgrees(excerpt: string, selected: string, sourceText: string): boolean | null {
  const claim = flatten(excerpt)
    .replace(/(\.\.\.|…)$/, '')
    .trimEnd();
  if (claim === '') return null;
  if (flatten(selected).startsWith(claim)) return true;
  return flatten(sourceText).includes(claim) ? false : null;
}
