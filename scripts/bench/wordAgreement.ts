// How far two extractions of one document agree: the share of the reference's words that the other has in the
// same order (the longest common subsequence of the two word sequences), so speed is never bought with wrong text.
import DiffMatchPatch from 'diff-match-patch';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function wordAgreement(ours: string, reference: string): number {
  const codes = new Map<string, string>();
  // Each distinct word becomes one character, so a character diff is a word diff (diff-match-patch's line trick).
  const encode = (list: string[]) =>
    list
      .map((w) => {
        if (!codes.has(w)) codes.set(w, String.fromCharCode(0x100 + codes.size));
        return codes.get(w)!;
      })
      .join('');
  const [a, b] = [encode(words(ours)), encode(words(reference))];
  if (codes.size > 0xd700 - 0x100) throw new Error('Too many distinct words to compare');
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const common = dmp.diff_main(a, b, false).reduce((n, [op, s]) => (op === 0 ? n + s.length : n), 0);
  return b.length === 0 ? 1 : common / b.length;
}
