// How well the evidence signals agree with the labelled passages: per-signal precision and recall on the held-out
// (odd-indexed) half, which the rules were never tuned on. Prints figures only, never a passage.
// Run: node scripts/bench/evidenceSignals.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SIGNALS, evidenceSignals, type Signal } from '../../shared/evidence/signals.ts';

export type LabelledPassage = { text: string } & Record<Signal, boolean>;
export type SignalScore = { precision: number; recall: number; truePositives: number; labelled: number; found: number };

export function readPassages(): LabelledPassage[] {
  const file = new URL('../../test/fixtures/evidence/passages.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as LabelledPassage[];
}

/** Even indexes were for writing the rules; odd indexes are held out for measuring them. */
export function half(passages: readonly LabelledPassage[], which: 'tuning' | 'held-out'): LabelledPassage[] {
  return passages.filter((_, i) => (i % 2 === 0) === (which === 'tuning'));
}

/** Precision and recall per signal (1 when there is nothing to find and nothing was found). */
export function scoreSignals(passages: readonly LabelledPassage[]): Record<Signal, SignalScore> {
  const found = passages.map((p) => evidenceSignals(p.text));
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

/** The bench's figure: held-out precision and recall per signal. */
export function measureEvidenceSignals(): Record<Signal, SignalScore> {
  return scoreSignals(half(readPassages(), 'held-out'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const passages = readPassages();
  for (const which of ['tuning', 'held-out'] as const) {
    const scores = scoreSignals(half(passages, which));
    console.log(`evidence signals, ${which} half (${half(passages, which).length} passages):`);
    for (const signal of SIGNALS) {
      const s = scores[signal];
      console.log(
        `  ${signal.padEnd(10)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (${s.truePositives} right of ${s.found} found, ${s.labelled} labelled)`,
      );
    }
  }
}
