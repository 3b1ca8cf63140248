/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF between rows; a BOM so Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (value: string | number | null) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
