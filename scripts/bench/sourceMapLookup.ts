// Looks up where a position in a built file comes from, in its source map (version 3): enough to attribute a CPU
// profile's samples to source files and names, without a source-map package in the project's dependencies.
type Segment = { column: number; source: number | null; name: number | null };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The signed numbers of one mapping segment ("AAAA,SAAS" holds two), Base64 VLQ as the spec defines it. */
function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export type SourceMapLookup = (line: number, column: number) => { source: string; name: string | null } | null;

/** A lookup of 0-based generated line and column in a parsed source map's JSON. */
export function sourceMapLookup(map: { sources: string[]; names: string[]; mappings: string }): SourceMapLookup {
  // Each field is relative to the same field of the segment before; the column restarts at each line, the rest run on.
  let source = 0;
  let name = 0;
  const lines: Segment[][] = map.mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((text) => {
        const [dColumn = 0, dSource, , , dName] = decodeVlq(text);
        column += dColumn;
        if (dSource !== undefined) source += dSource;
        if (dName !== undefined) name += dName;
        // A segment of one field maps its code to no source at all.
        return { column, source: dSource === undefined ? null : source, name: dName === undefined ? null : name };
      });
  });
  return (line, column) => {
    const segments = lines[line] ?? [];
    // The last segment starting at or before the column.
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | null = null;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid]!.column <= column) {
        found = segments[mid]!;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found?.source == null) return null;
    return {
      source: map.sources[found.source] ?? '?',
      name: found.name === null ? null : (map.names[found.name] ?? null),
    };
  };
}
