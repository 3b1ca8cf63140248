// What a bench measurement returns: named figures, each with its unit and, for headline figures, the peer or floor
// it was measured beside in the same run (absolute times on a shared machine drift; ratios hold).

export type Unit = 'ms' | 's' | 'MB' | 'MB/s' | 'kB' | 'count' | '%';

export type Figure = {
  name: string;
  value: number;
  unit: Unit;
  /** The same work done by a peer (another editor, another tool) or a floor, on the same input, in the same run. */
  against?: { name: string; value: number };
  /** What we aim for, said plainly ("≤ 1.15× the floor", "< 2 s"), and whether this run meets it. */
  target?: { text: string; met: boolean };
};

export type BenchOptions = {
  quick: boolean;
  /** Other checkouts of the app to measure beside this one where a measurement can (`--compare-with label=dir`). */
  compareWith?: { label: string; dir: string }[];
};

/** One measurement: the runner calls `run` and prints and saves what it returns. */
export type Measurement = { name: string; run: (options: BenchOptions) => Promise<Figure[]> };

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function ratio(figure: Figure): number | null {
  return figure.against && figure.against.value > 0 ? figure.value / figure.against.value : null;
}

/** Milliseconds since `t0` (performance.now()). */
export const since = (t0: number) => performance.now() - t0;
export const megabytes = (bytes: number) => bytes / 1024 / 1024;
