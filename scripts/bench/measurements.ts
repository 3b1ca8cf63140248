// The bench's measurements, run in this order. A measurement is { name, run({ quick }) => Promise<Figure[]> }
// (figures.ts); add one with a line here, e.g. `{ name: 'event loop', run: eventLoopFigures },` for a module that
// exports a function returning its figures.
import type { Measurement } from './figures.ts';
import { exportDocx } from './exportDocx.ts';
import { importPeers } from './importPeers.ts';
import { opening } from './opening.ts';
import { scale } from './scale.ts';
import { typing } from './typing.ts';
import { eventLoop, evidenceSignalsFigures, reanchoring } from './serviceMeasurements.ts';

export const MEASUREMENTS: Measurement[] = [
  typing,
  importPeers,
  exportDocx,
  eventLoop,
  reanchoring,
  evidenceSignalsFigures,
  scale,
  opening,
];
