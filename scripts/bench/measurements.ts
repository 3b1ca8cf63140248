// The bench's measurements, run in this order. Add one with a line here: each module exports a Measurement.
import type { Measurement } from './figures.ts';
import { exportDocx } from './exportDocx.ts';
import { importPeers } from './importPeers.ts';
import { opening } from './opening.ts';
import { scale } from './scale.ts';
import { typing } from './typing.ts';

export const MEASUREMENTS: Measurement[] = [typing, importPeers, exportDocx, scale, opening];
