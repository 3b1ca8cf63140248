import DiffMatchPatch from 'diff-match-patch';

export type TextDiff = DiffMatchPatch.Diff[];

export const DIFF_EQUAL = 0;
export const DIFF_INSERT = 1;
export const DIFF_DELETE = -1;

/**
 * The differences between two texts, made readable (diff-match-patch's semantic clean-up). Line mode first keeps a
 * 100-page document fast; the time limit keeps a pathological pair from stalling the caller.
 */
export function diffTexts(before: string, after: string, timeLimitSeconds = 1): TextDiff {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeLimitSeconds;
  const diffs = dmp.diff_main(before, after, true);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

/** Where an offset in the old text lands in the new one (diff-match-patch's xIndex). */
export function mapOffset(diffs: TextDiff, offset: number): number {
  return new DiffMatchPatch().diff_xIndex(diffs, offset);
}

/** The share of the longer text that both texts have in common: 1 for the same text, near 0 for unrelated ones. */
export function similarity(diffs: TextDiff, before: string, after: string): number {
  const longest = Math.max(before.length, after.length);
  if (longest === 0) return 1;
  const common = diffs.reduce((n, [op, text]) => (op === DIFF_EQUAL ? n + text.length : n), 0);
  return common / longest;
}
