// How well the evidence signals agree with the labelled passages: per-signal precision and recall on passages the
// rules were never tuned on. Prints figures only, never a passage.
// Run: node scripts/bench/evidenceSignals.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SIGNALS, evidenceSignals, type EvidenceSignals, type Signal } from '../../shared/evidence/signals.ts';

/** `batch` is absent for the first 127 passages (batches 1 and 2), 3 for the next 64, 4 for the 48 after, 5 for the
 * 80 after that, 6 for the 60 after those and 7 for the last 60. */
export type LabelledPassage = { text: string; batch?: number } & Record<Signal, boolean>;
export type SignalScore = { precision: number; recall: number; truePositives: number; labelled: number; found: number };

/** The batch whose odd indexes nobody tuning the rules has read: the honest held-out set. */
const FRESH_BATCH = 7;
/** Last round's fresh batch: its odd indexes were measured once and have been seen since, so no longer count. */
const LAST_ROUND_BATCH = 6;

export function readPassages(): LabelledPassage[] {
  const file = new URL('../../test/fixtures/evidence/passages.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as LabelledPassage[];
}

/** Even indexes were for writing the rules; odd indexes are held out for measuring them. */
export function half(passages: readonly LabelledPassage[], which: 'tuning' | 'held-out'): LabelledPassage[] {
  return passages.filter((_, i) => (i % 2 === 0) === (which === 'tuning'));
}

/** The fresh held-out set: batch 7's odd indexes, never read while the rules were tuned. The headline figure. */
export function freshHeldOut(passages: readonly LabelledPassage[]): LabelledPassage[] {
  return passages.filter((p, i) => p.batch === FRESH_BATCH && i % 2 === 1);
}

/** Last round's held-out set (batch 6's odd indexes): reported for comparison, but seen while tuning this round. */
export function lastRoundHeldOut(passages: readonly LabelledPassage[]): LabelledPassage[] {
  return passages.filter((p, i) => p.batch === LAST_ROUND_BATCH && i % 2 === 1);
}

/** Everything the rules were tuned on: batches 1 to 6 whole, and batch 7's even indexes. */
export function tuningSet(passages: readonly LabelledPassage[]): LabelledPassage[] {
  return passages.filter((p, i) => p.batch !== FRESH_BATCH || i % 2 === 0);
}

/** Precision and recall per signal (1 when there is nothing to find and nothing was found). */
export function scoreSignals(
  passages: readonly LabelledPassage[],
  detect: (text: string) => EvidenceSignals = evidenceSignals,
): Record<Signal, SignalScore> {
  const found = passages.map((p) => detect(p.text));
  const scores = {} as Record<Signal, SignalScore>;
  for (const signal of SIGNALS) {
    let truePositives = 0;
    let labelled = 0;
    let predicted = 0;
    passages.forEach((p, i) => {
      const hit = found[i]![signal].found;
      if (p[signal]) labelled++;
      if (hit) predicted++;
      if (hit && p[signal]) truePositives++;
    });
    scores[signal] = {
      precision: predicted ? truePositives / predicted : 1,
      recall: labelled ? truePositives / labelled : 1,
      truePositives,
      labelled,
      found: predicted,
    };
  }
  return scores;
}

/** The bench's figure: precision and recall per signal on the fresh held-out set. */
export function measureEvidenceSignals(): Record<Signal, SignalScore> {
  return scoreSignals(freshHeldOut(readPassages()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const passages = readPassages();
  const sets = [
    ['fresh held-out set (batch 7, odd indexes; the headline)', freshHeldOut(passages)],
    ["last round's held-out set (batch 6, odd indexes; seen while tuning since)", lastRoundHeldOut(passages)],
    ['all odd indexes (batch 7 fresh; batches 1 to 6 seen while tuning)', half(passages, 'held-out')],
    ['tuning set (batches 1 to 6, batch 7 even indexes)', tuningSet(passages)],
  ] as const;
  for (const [name, set] of sets) {
    const scores = scoreSignals(set);
    console.log(`evidence signals, ${name}, ${set.length} passages:`);
    for (const signal of SIGNALS) {
      const s = scores[signal];
      console.log(
        `  ${signal.padEnd(10)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (${s.truePositives} right of ${s.found} found, ${s.labelled} labelled)`,
      );
    }
  }
}
