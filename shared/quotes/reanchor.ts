import approxSearch from 'approx-string-match';
import { collapse, collapseWhitespace, type CollapsedText } from '../text/collapsedText.ts';
import { sharedPhrasing } from '../text/sharedWords.ts';

/**
 * Re-anchoring a quote onto a new version of its source, the way Hypothesis's client anchors annotations: the
 * quoted words, the words just before and after them, and where they were expected to be. Unlike an annotation
 * tool we never guess: a quote is moved silently only when the same words are found in an unmistakable place;
 * words that are recognisably there but differ, or the same words in a doubtful place, are put to the user.
 */
export type ReanchorOutcome = 'unchanged' | 'changed' | 'gone';

export type AnchoredFragment = { start: number; end: number; text: string };

/** One fragment in the new version: where it is now (null when gone) and the new version's words there. */
export type FragmentAnchor = {
  outcome: ReanchorOutcome;
  start: number | null;
  end: number | null;
  text: string | null;
};

export type QuoteAnchor = { outcome: ReanchorOutcome; fragments: FragmentAnchor[] };

/** Characters of surrounding text compared, as Hypothesis's TextQuoteSelector keeps (32 either side). */
const CONTEXT_CHARS = 32;
/** Below this many characters the same words may well appear elsewhere by chance: context must confirm. */
const DISTINCTIVE_CHARS = 24;
/** Surroundings this unchanged (0..1; one side whole is 0.5) confirm a place for the same words. */
const CONTEXT_CONFIRMS = 0.5;
/** Surrounding words this similar show that distinctive words have not landed somewhere else entirely. */
const CONTEXT_SOME = 0.25;
/** Words this long, found once in each version, are the same passage wherever it moved. */
const LONG_ENOUGH_ALONE = 80;
/** How much better the best place's context must be than the next's to choose between repeated words. */
const CONTEXT_MARGIN = 0.15;
/** Words at least this similar (1 - edits / length) count as "recognisably there". */
const WORDS_RECOGNISABLE = 0.65;
/** 0..1: the share of `old` context that the new context repeats, counting outwards from the quote. */
function agreeing(old: string, now: string, side: 'before' | 'after'): number {
  if (old.trim() === '') return now.trim() === '' ? 1 : 0.5;
  let n = 0;
  if (side === 'before')
    while (n < old.length && n < now.length && old[old.length - 1 - n] === now[now.length - 1 - n]) n++;
  else while (n < old.length && n < now.length && old[n] === now[n]) n++;
  return n / old.length;
}

/** Length of the pieces of a quote (and its surroundings) looked for to find where it should now be. */
const ANCHOR_CHARS = 16;
/** Characters of the old surroundings looked for just outside a changed passage, to find where it now ends. */
const BOUNDARY_CHARS = 12;
/** Characters either side of the expected place searched first for words that have changed. */
const SEARCH_WINDOW = 5_000;
/** Whether text[start, end) is a whole line or paragraph: a heading or short paragraph quoted whole. */
function wholeLine(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
}

/** Most exact occurrences considered; past this the words are boilerplate and context decides anyway. */
const MAX_CANDIDATES = 200;

type Candidate = { start: number; end: number; errors: number };

/** 0..1: how closely `str` appears in `text` (Hypothesis's textMatchScore), ignoring differences in white space. */
function likeness(text: string, str: string): number {
  const a = collapse(text);
  const b = collapse(str);
  if (b.length === 0) return a.trim().length === 0 ? 1 : 0.5;
  if (a.length === 0) return 0;
  if (a.includes(b)) return 1;
  const [best] = approxSearch(a, b, b.length);
  return best ? 1 - best.errors / b.length : 0;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < MAX_CANDIDATES;) {
    found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

export type Reanchorer = {
  /** The share of the old version that is still in the new one (1 = the same text). */
  similarity: number;
  reanchor(fragments: readonly AnchoredFragment[]): QuoteAnchor;
};

/** Prepares one old → new update (the diff and a white-space-collapsed copy are made once for all quotes). */
export function createReanchorer(oldText: string, newText: string): Reanchorer {
  /**
   * Where a fragment's words should now be: a piece of them (or of the words just around them) found exactly once
   * in the new version, as Hypothesis uses the old position; failing that, the same share of the way through.
   */
  function expectedPlace(fragment: AnchoredFragment): { at: number; anchored: boolean } {
    const { start, end, text } = fragment;
    const probes: [string, number][] = [
      [text.slice(0, ANCHOR_CHARS), 0],
      [text.slice(-ANCHOR_CHARS), -(text.length - ANCHOR_CHARS)],
      [
        text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + ANCHOR_CHARS),
        -Math.floor(text.length / 2),
      ],
      [oldText.slice(Math.max(0, start - ANCHOR_CHARS), start), ANCHOR_CHARS],
      [oldText.slice(end, end + ANCHOR_CHARS), -text.length],
    ];
    for (const [probe, shift] of probes) {
      if (probe.trim().length < ANCHOR_CHARS / 2) continue;
      const at = newText.indexOf(probe);
      if (at >= 0 && newText.indexOf(probe, at + 1) === -1) return { at: Math.max(0, at + shift), anchored: true };
    }
    return { at: Math.round((start * newText.length) / Math.max(1, oldText.length)), anchored: false };
  }
  let collapsedNew: CollapsedText | null = null;
  let collapsedOld: string | null = null;

  /**
   * 0..1: how much of the old surroundings still sit right next to the words, character by character outwards on
   * each side. Stricter than Hypothesis's approximate context match on purpose: text that merely shares a phrase
   * nearby does not confirm a place.
   */
  function adjacency(fragment: AnchoredFragment, start: number, end: number): number {
    const prefix = collapse(oldText.slice(Math.max(0, fragment.start - CONTEXT_CHARS), fragment.start));
    const suffix = collapse(oldText.slice(fragment.end, fragment.end + CONTEXT_CHARS));
    const newPrefix = collapse(newText.slice(Math.max(0, start - CONTEXT_CHARS * 2), start));
    const newSuffix = collapse(newText.slice(end, end + CONTEXT_CHARS * 2));
    return (agreeing(prefix, newPrefix, 'before') + agreeing(suffix, newSuffix, 'after')) / 2;
  }

  /** Hypothesis-style surroundings score (approximate), used to choose among approximate matches. */
  function contextScore(fragment: AnchoredFragment, start: number, end: number): number {
    const prefix = oldText.slice(Math.max(0, fragment.start - CONTEXT_CHARS), fragment.start);
    const suffix = oldText.slice(fragment.end, fragment.end + CONTEXT_CHARS);
    const newPrefix = newText.slice(Math.max(0, start - CONTEXT_CHARS - 8), start);
    const newSuffix = newText.slice(end, end + CONTEXT_CHARS + 8);
    return (likeness(newPrefix, prefix) + likeness(newSuffix, suffix)) / 2;
  }

  /** The same words, exactly or with only white space differing. */
  function sameWords(fragment: AnchoredFragment): Candidate[] {
    const exact = occurrences(newText, fragment.text).map((s) => ({
      start: s,
      end: s + fragment.text.length,
      errors: 0,
    }));
    if (exact.length > 0) return exact;
    const words = collapse(fragment.text).trim();
    if (words === '') return [];
    collapsedNew ??= collapseWhitespace(newText);
    return occurrences(collapsedNew.text, words).map((s) => ({
      start: collapsedNew!.origin[s]!,
      end: collapsedNew!.origin[s + words.length - 1]! + 1,
      errors: 0,
    }));
  }

  function timesInOld(fragment: AnchoredFragment): number {
    if (fragment.text.trim() === '') return 2;
    if (occurrences(oldText, fragment.text).length > 1) return 2;
    collapsedOld ??= collapse(oldText);
    return occurrences(collapsedOld, collapse(fragment.text).trim()).length;
  }

  /**
   * An approximate match stops where the old words' edit distance is least, which can cut off a word added at
   * either end ("partnerships" → "partnership boards"). Where the old surroundings are found just outside, the
   * proposal runs up to them, so the user is shown the whole new wording.
   */
  function widened(fragment: AnchoredFragment, c: Candidate): Candidate {
    const slack = Math.max(20, Math.round(fragment.text.length * 0.3));
    let { start, end } = c;
    const suffix = oldText.slice(fragment.end, fragment.end + BOUNDARY_CHARS);
    if (suffix.trim().length >= 4) {
      const at = newText.indexOf(suffix, Math.max(c.start + 1, c.end - slack));
      if (at >= 0 && at <= c.end + slack) end = at;
    }
    const prefix = oldText.slice(Math.max(0, fragment.start - BOUNDARY_CHARS), fragment.start);
    if (prefix.trim().length >= 4) {
      const at = newText.lastIndexOf(prefix, c.start + slack - prefix.length);
      if (at >= 0 && at + prefix.length >= c.start - slack && at + prefix.length < end) start = at + prefix.length;
    }
    return end > start ? { start, end, errors: c.errors } : c;
  }

  function place(fragment: AnchoredFragment, candidate: Candidate, outcome: ReanchorOutcome): FragmentAnchor {
    return { outcome, start: candidate.start, end: candidate.end, text: newText.slice(candidate.start, candidate.end) };
  }

  /**
   * Approximate matches near where the words should be, else (when nothing of them or around them is left to say
   * where) anywhere with fewer differences allowed: searching a 100-page text for every changed quote is what makes an update slow.
   */
  function nearby(fragment: AnchoredFragment, hint: number, maxErrors: number, anchored: boolean): Candidate[] {
    const reach = Math.max(SEARCH_WINDOW, fragment.text.length * 4);
    const from = Math.max(0, hint - reach);
    const window = newText.slice(from, hint + reach + fragment.text.length);
    const near = approxSearch(window, fragment.text, maxErrors).map((c) => ({
      ...c,
      start: c.start + from,
      end: c.end + from,
    }));
    if (near.length > 0 || anchored || window.length === newText.length) return near;
    return approxSearch(newText, fragment.text, Math.floor(maxErrors / 2));
  }

  function reanchorFragment(fragment: AnchoredFragment): FragmentAnchor {
    const expected = expectedPlace(fragment);
    const hint = expected.at;
    const byContext = (list: Candidate[]) =>
      list
        .map((c) => ({
          c,
          context: adjacency(fragment, c.start, c.end),
          distance: Math.abs(c.start - hint),
        }))
        .sort((a, b) => b.context - a.context || a.distance - b.distance);

    const same = sameWords(fragment);
    if (same.length > 0) {
      const ranked = byContext(same);
      const [best, next] = ranked;
      // The same distinctive words, once in each version, with some of their surroundings (or long enough to stand
      // alone): moved with their words intact, as when sections are reordered.
      const length = collapse(fragment.text).trim().length;
      const alone =
        length >= LONG_ENOUGH_ALONE ||
        (length >= DISTINCTIVE_CHARS &&
          (best!.context >= CONTEXT_SOME ||
            (wholeLine(oldText, fragment.start, fragment.end) && wholeLine(newText, best!.c.start, best!.c.end))));
      if (same.length === 1 && alone && timesInOld(fragment) === 1) return place(fragment, best!.c, 'unchanged');
      const confirmed = best!.context >= CONTEXT_CONFIRMS;
      const clear = !next || best!.context - next.context >= CONTEXT_MARGIN;
      if (confirmed && clear) return place(fragment, best!.c, 'unchanged');
      // The same words, but where? When in doubt, ask.
      return place(fragment, best!.c, 'changed');
    }

    const maxErrors = Math.min(256, Math.floor(fragment.text.length * (1 - WORDS_RECOGNISABLE)));
    if (maxErrors < 1) return { outcome: 'gone', start: null, end: null, text: null };
    const near = nearby(fragment, hint, maxErrors, expected.anchored);
    if (near.length === 0) return { outcome: 'gone', start: null, end: null, text: null };
    const scored = near
      .map((c) => {
        const words = 1 - c.errors / fragment.text.length;
        const context = contextScore(fragment, c.start, c.end);
        const closeness = 1 - Math.abs(c.start - hint) / Math.max(1, newText.length);
        return { c, words, context, score: 50 * words + 20 * 2 * context + 2 * closeness };
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0]!;
    // Short passages resemble many others: only surrounding words that agree make them "recognisably there".
    const needsContext = collapse(fragment.text).trim().length < DISTINCTIVE_CHARS ? 0.7 : 0.35;
    if (best.words >= WORDS_RECOGNISABLE && (best.context >= needsContext || best.words >= 0.85)) {
      return place(fragment, widened(fragment, best.c), 'changed');
    }
    return { outcome: 'gone', start: null, end: null, text: null };
  }

  return {
    similarity: sharedPhrasing(oldText, newText),
    reanchor(fragments) {
      const anchors = fragments.map(reanchorFragment);
      // An elision's passages must stay in order without overlapping; if not, the user decides.
      const placed = anchors.filter((a) => a.start !== null);
      const inOrder = placed.every((a, i) => i === 0 || a.start! >= placed[i - 1]!.end!);
      const fixed = inOrder
        ? anchors
        : anchors.map((a) => (a.outcome === 'unchanged' ? { ...a, outcome: 'changed' as const } : a));
      const outcomes = new Set(fixed.map((a) => a.outcome));
      const outcome: ReanchorOutcome = outcomes.size === 1 ? fixed[0]!.outcome : 'changed';
      return { outcome, fragments: fixed };
    },
  };
}
