// The services' own measurements (event loop, re-anchoring, evidence signals) in the bench's figure shape, so the
// runner prints and saves them beside the others. Each module also runs alone (see its own command-line entry).
import type { Figure, Measurement } from './figures.ts';
import { measureEventLoop } from './eventLoop.ts';
import { benchReanchor } from './reanchor.ts';
import { measureEvidenceSignals } from './evidenceSignals.ts';
import { SIGNALS } from '../../shared/evidence/signals.ts';

export const eventLoop: Measurement = {
  name: 'event loop',
  async run() {
    const { idle, mainThread, worker } = await measureEventLoop();
    return [
      {
        name: 'main process event-loop delay p99, services in a worker (vs on the main thread)',
        value: worker.p99Ms,
        unit: 'ms',
        against: { name: 'services on the main thread', value: mainThread.p99Ms },
        target: { text: '< 50 ms', met: worker.p99Ms < 50 },
      },
      {
        name: 'main process event-loop delay max, services in a worker (vs on the main thread)',
        value: worker.maxMs,
        unit: 'ms',
        against: { name: 'services on the main thread', value: mainThread.maxMs },
        target: { text: '< 200 ms', met: worker.maxMs < 200 },
      },
      { name: 'event-loop delay max of an idle process (the machine itself)', value: idle.maxMs, unit: 'ms' },
    ];
  },
};

export const reanchoring: Measurement = {
  name: 're-anchoring',
  async run() {
    const f = await benchReanchor();
    const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);
    const exact = pct(f.unchangedExact, f.expectedUnchanged);
    const flagged = pct(f.flaggedForReview, f.expectedReview);
    return [
      {
        name: 'unchanged quotes re-anchored exactly',
        value: exact,
        unit: '%',
        target: { text: '100%', met: exact === 100 },
      },
      { name: 'quotes misplaced', value: f.misplaced, unit: 'count', target: { text: '0', met: f.misplaced === 0 } },
      {
        name: 'changed and gone quotes flagged for review',
        value: flagged,
        unit: '%',
        target: { text: '100%', met: flagged === 100 },
      },
      {
        name: `update a ${f.timing.pages}-page source with ${f.timing.quotes} quotes`,
        value: f.timing.updateMs,
        unit: 'ms',
        target: { text: '< 1 s', met: f.timing.updateMs < 1000 },
      },
    ];
  },
};

export const evidenceSignalsFigures: Measurement = {
  name: 'evidence signals',
  async run() {
    const scores = measureEvidenceSignals();
    return SIGNALS.flatMap((signal): Figure[] =>
      (['precision', 'recall'] as const).map((kind) => ({
        name: `${signal} signal ${kind}, fresh held-out passages`,
        value: 100 * scores[signal][kind],
        unit: '%',
        target: { text: '≥ 80%', met: scores[signal][kind] >= 0.8 },
      })),
    );
  },
};
