/**
 * REFI-QDA counts a selection's start and end in Unicode code points of the plain-text file as written; the app
 * stores canonical text (no byte-order mark, \n line endings, no invisible control characters) and counts in
 * JavaScript string offsets (UTF-16 code units). An emoji is one code point but two code units, so the two counts
 * drift apart after the first one.
 */

/** Converts the app's offsets in `text` to code-point positions, for export. */
export function codePointCounter(text: string): (offset: number) => number {
  // Offsets of the first half of each surrogate pair: every pair wholly before an offset counts once, not twice.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) pairs.push(i++);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid]! + 1 < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/**
 * How a tool counted positions. The standard says code points; ATLAS.ti counts a Windows line ending (\r\n) as one
 * character; a tool written in JavaScript or C# may count UTF-16 code units. Each is tried only as a fallback.
 */
export const POSITION_SCHEMES = ['code-points', 'code-points-crlf-as-one', 'utf-16'] as const;
export type PositionScheme = (typeof POSITION_SCHEMES)[number];

/** Dropped from canonical text: invisible control characters other than tab, line feed and carriage return. */
function isControl(c: number): boolean {
  return c <= 0x08 || c === 0x0b || c === 0x0c || (c >= 0x0e && c <= 0x1f) || c === 0x7f;
}

/**
 * A file's text in the app's canonical form (the same rules as canonicalText in the sources service) and, for every
 * position in the file under a scheme, the canonical offset it lands on.
 */
export class CanonicalText {
  readonly text: string;
  /** canonicalAt[i]: where the file's UTF-16 offset i lands in the canonical text. */
  private readonly canonicalAt: Int32Array;
  private readonly byScheme = new Map<PositionScheme, Int32Array>();
  private readonly raw: string;

  constructor(raw: string) {
    this.raw = raw;
    this.canonicalAt = new Int32Array(raw.length + 1);
    // Kept characters are copied in runs (slices), not one by one: sources run to millions of characters.
    const parts: string[] = [];
    let length = 0;
    let i = 0;
    while (i < raw.length && raw.charCodeAt(i) === 0xfeff) this.canonicalAt[i++] = 0;
    let runStart = i;
    for (; i < raw.length; i++) {
      this.canonicalAt[i] = length;
      const c = raw.charCodeAt(i);
      if (c !== 0x0d && !isControl(c)) {
        length++;
        continue;
      }
      parts.push(raw.slice(runStart, i));
      runStart = i + 1;
      // A lone \r becomes \n; the \r of \r\n goes, its \n is kept by the next run.
      if (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a) {
        parts.push('\n');
        length++;
      }
    }
    parts.push(raw.slice(runStart));
    this.canonicalAt[raw.length] = length;
    this.text = parts.join('');
  }

  /** The canonical [start, end) for a selection counted under `scheme`, or null if it lies outside the file. */
  range(start: number, end: number, scheme: PositionScheme): { start: number; end: number } | null {
    const rawAt = this.rawOffsets(scheme);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end >= rawAt.length)
      return null;
    return { start: this.canonicalAt[rawAt[start]!]!, end: this.canonicalAt[rawAt[end]!]! };
  }

  /** rawOffsets(scheme)[p]: the file's UTF-16 offset of position p; its length is the file's length + 1. */
  private rawOffsets(scheme: PositionScheme): Int32Array {
    let table = this.byScheme.get(scheme);
    if (table) return table;
    const raw = this.raw;
    const offsets = new Int32Array(raw.length + 1);
    let n = 0;
    for (let i = 0; i < raw.length;) {
      offsets[n++] = i;
      const c = raw.charCodeAt(i);
      const pair = scheme !== 'utf-16' && c >= 0xd800 && c <= 0xdbff && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const crlf = scheme === 'code-points-crlf-as-one' && c === 0x0d && raw.charCodeAt(i + 1) === 0x0a;
      i += pair || crlf ? 2 : 1;
    }
    offsets[n++] = raw.length;
    table = offsets.subarray(0, n);
    this.byScheme.set(scheme, table);
    return table;
  }
}
