// Key-to-paint latency as Chromium itself records it, read from a trace of the typing.
import type { Browser, Page } from '@playwright/test';

// EventLatency is logged under several categories at once; this one alone keeps the trace small.
const CATEGORY = 'benchmark';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  id2?: { local?: string };
  args?: { event_latency?: { event_type?: string } };
};

/**
 * Runs `typing` under a trace and returns, per key press, the time from the key event's creation (its timestamp, taken
 * before it reaches the page, so waiting behind other work counts) to the presentation of the first frame showing its
 * effect (here, without a GPU, the software compositor's swap). It is exact, unlike Event Timing's `duration` (rounded
 * to 8 ms); a keydown listener's `performance.now()` would start after any wait for the main thread, and
 * requestAnimationFrame + setTimeout would stop when the main thread hands the frame on, before raster and display.
 */
export async function keyToPaintLatencies(
  browser: Browser,
  page: Page,
  typing: () => Promise<void>,
): Promise<number[]> {
  await browser.startTracing(page, { categories: [CATEGORY] });
  try {
    await typing();
  } finally {
    // Lets the last key's frame be presented before the trace ends.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const begins = new Map<string, number>();
  const spans: { begin: number; end: number }[] = [];
  for (const e of trace.traceEvents) {
    const id = e.id2?.local;
    if (e.name !== 'EventLatency' || id === undefined) continue;
    // Key releases change nothing on screen.
    if (e.ph === 'b' && e.args?.event_latency?.event_type === 'KEY_PRESSED') begins.set(id, e.ts);
    else if (e.ph === 'e' && begins.has(id)) spans.push({ begin: begins.get(id)!, end: e.ts });
  }
  if (spans.length === 0)
    throw new Error('The trace has no EventLatency events: is this a Chromium that records them?');
  // One key press can be two events created together (the keydown and its character), sometimes shown in different
  // frames: the press counts until the later one is on screen. The bench presses keys at least 60 ms apart.
  spans.sort((a, b) => a.begin - b.begin);
  const presses: { begin: number; end: number }[] = [];
  for (const span of spans) {
    const last = presses.at(-1);
    if (last && span.begin - last.begin < 30_000) last.end = Math.max(last.end, span.end);
    else presses.push({ ...span });
  }
  return presses.map((p) => (p.end - p.begin) / 1000);
}
