import { POSITION_SCHEMES, type CanonicalText } from '../../../shared/refiQda/positions.ts';
import type { RefiSelection } from '../../../shared/refiQda/refiModel.ts';
import { excerptAgrees, readSelectionName } from '../../../shared/refiQda/selectionNames.ts';
import type { Skipped } from '../../../shared/refiQda/refiImportReport.ts';

/** A quote to store: fragments as canonical offsets, the questions (by number) it is filed under. */
export type PlannedQuote = {
  fragments: { start: number; end: number }[];
  note: string;
  questions: number[];
  createdAt: string | null;
};

type Located = { selection: RefiSelection; start: number; end: number };

/**
 * Where a selection's words are in the canonical text. Positions are read as the standard says (code points); only
 * when the selection's name quotes words that are not there are the other ways tools count tried, and a selection
 * whose words are found under none of them is reported, never stored at the wrong place.
 */
function locate(text: CanonicalText, selection: RefiSelection): Located | string {
  const { excerpt } = readSelectionName(selection.name);
  for (const scheme of POSITION_SCHEMES) {
    const range = text.range(selection.start, selection.end, scheme);
    if (!range) continue;
    const words = text.text.slice(range.start, range.end);
    const agrees = excerptAgrees(excerpt, words, text.text);
    if (agrees === false) continue;
    // A name that says nothing about the words cannot confirm another way of counting: the standard's only.
    if (agrees === null && scheme !== 'code-points') break;
    if (words.trim() === '') return 'it selects only white space';
    return { selection, ...range };
  }
  const outside = text.range(selection.start, selection.end, 'code-points') === null;
  return outside ? 'its positions are outside the text' : 'its words are not at its positions in the text';
}

function describe(sourceName: string, s: RefiSelection): string {
  return `"${sourceName}", passage at ${s.start}–${s.end}${s.name ? ` ("${s.name.slice(0, 60)}")` : ''}`;
}

/**
 * The quotes a source's coded selections become. Parts of one quote written by the app ("[quote 12, part 1 of 2]")
 * are joined again into an elision when every part is there and none overlap.
 */
export function planQuotes(
  sourceName: string,
  text: CanonicalText,
  selections: readonly RefiSelection[],
  questionByCode: ReadonlyMap<string, number>,
  skipped: Skipped[],
): PlannedQuote[] {
  const located: Located[] = [];
  for (const selection of selections) {
    const found = locate(text, selection);
    if (typeof found === 'string') skipped.push({ item: describe(sourceName, selection), reason: found });
    else located.push(found);
  }

  const groups = new Map<string, Located[]>();
  const singles: Located[][] = [];
  for (const l of located) {
    const part = readSelectionName(l.selection.name).part;
    if (!part) singles.push([l]);
    else {
      const key = `${part.quote}/${part.of}`;
      groups.set(key, [...(groups.get(key) ?? []), l]);
    }
  }
  for (const [key, members] of groups) {
    const of = Number(key.split('/')[1]);
    const sorted = [...members].sort((a, b) => a.start - b.start);
    const whole =
      sorted.length === of &&
      new Set(members.map((m) => readSelectionName(m.selection.name).part!.part)).size === of &&
      sorted.every((m, i) => i === 0 || m.start >= sorted[i - 1]!.end);
    if (whole) singles.push(sorted);
    else for (const m of members) singles.push([m]);
  }

  return singles
    .sort((a, b) => a[0]!.start - b[0]!.start)
    .map((parts) => {
      const first = parts[0]!.selection;
      const questions: number[] = [];
      for (const guid of first.codeGuids) {
        const number = questionByCode.get(guid);
        if (number === undefined)
          skipped.push({
            item: `coding of ${describe(sourceName, first)}`,
            reason: 'its code is not a question in the codebook (the passage is kept, unfiled)',
          });
        else if (!questions.includes(number)) questions.push(number);
      }
      const created = first.creationDateTime && !Number.isNaN(Date.parse(first.creationDateTime));
      return {
        fragments: parts.map(({ start, end }) => ({ start, end })),
        note: first.description,
        questions,
        createdAt: created ? new Date(first.creationDateTime!).toISOString() : null,
      };
    });
}
