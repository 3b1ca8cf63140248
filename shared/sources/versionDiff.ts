import { collapse } from '../text/collapsedText.ts';
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, type TextDiff } from '../text/textDiff.ts';

/**
 * One passage of the diff view between two versions of a source: kept as it was, added, removed, or moved (the same
 * words removed in one place and added in another). Offsets are into the old version for removed passages and into
 * the new version for everything else, so the reader can highlight either.
 */
export type DiffPassage = {
  kind: 'same' | 'added' | 'removed' | 'moved-from' | 'moved-to';
  text: string;
  /** Offset in the version the passage is in: the old one for 'removed' and 'moved-from', else the new one. */
  start: number;
};

/** Changes shorter than this are words, not passages, so they are never called moves. */
const MIN_MOVED_CHARS = 30;

function key(text: string): string {
  return collapse(text).trim();
}

/** The diff view's passages from a text diff (see diffTexts), with moved passages paired up. */
export function versionDiff(diff: TextDiff): DiffPassage[] {
  const passages: DiffPassage[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const [op, text] of diff) {
    if (op === DIFF_EQUAL) {
      passages.push({ kind: 'same', text, start: newAt });
      oldAt += text.length;
      newAt += text.length;
    } else if (op === DIFF_DELETE) {
      passages.push({ kind: 'removed', text, start: oldAt });
      oldAt += text.length;
    } else if (op === DIFF_INSERT) {
      passages.push({ kind: 'added', text, start: newAt });
      newAt += text.length;
    }
  }
  const added = new Map<string, DiffPassage[]>();
  for (const p of passages) {
    if (p.kind !== 'added' || key(p.text).length < MIN_MOVED_CHARS) continue;
    added.set(key(p.text), [...(added.get(key(p.text)) ?? []), p]);
  }
  for (const p of passages) {
    if (p.kind !== 'removed') continue;
    const match = added.get(key(p.text))?.shift();
    if (!match) continue;
    p.kind = 'moved-from';
    match.kind = 'moved-to';
  }
  return passages;
}

/** How much was added and removed, in characters of words, for a one-line summary. */
export function diffSummary(passages: readonly DiffPassage[]): { added: number; removed: number; moved: number } {
  const sum = (kind: DiffPassage['kind']) =>
    passages.filter((p) => p.kind === kind).reduce((n, p) => n + key(p.text).length, 0);
  return { added: sum('added'), removed: sum('removed'), moved: sum('moved-to') };
}
