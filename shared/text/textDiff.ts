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
