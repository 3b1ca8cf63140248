import { DocumentBuilder } from '../sources/documentBuilder.ts';
import type { ExtractedDocument } from '../sources/sourceStructure.ts';

/** A run of text as pdf.js reports it: its string, left edge, baseline (from the page bottom), width and font size. */
export type PdfTextItem = { str: string; x: number; y: number; width: number; size: number };
export type PdfPage = { width: number; height: number; items: PdfTextItem[] };

/** A run of text on one baseline; `row` is shared by the pieces of one baseline that a wide gap split (table cells). */
type Line = {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  row: number;
  column: 'left' | 'right' | 'full';
};

function median(values: number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers without calling back into a comparator.
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Items on one baseline, left to right, with a space wherever the gap between them shows one. */
function toLines(items: PdfTextItem[]): Omit<Line, 'column'>[] {
  // A glyph of its own with no Unicode meaning (Google Docs' flag emoji) is not text, nor what joins two table cells.
  const sorted = items
    .filter((i) => i.str.length > 0 && !/^\s*[\u{F0000}-\u{10FFFD}][\s\u{F0000}-\u{10FFFD}]*$/u.test(i.str))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PdfTextItem[]; y: number; size: number }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(1.5, 0.45 * Math.max(l.size, item.size)));
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ items: [item], y: item.y, size: item.size });
    }
  }
  // A wide gap on one baseline is a column gutter, not a space: each side is its own line segment.
  const segments: Omit<Line, 'column'>[] = [];
  for (const [row, l] of lines.entries()) {
    const parts = l.items.sort((a, b) => a.x - b.x);
    let text = '';
    let start = parts[0]!.x;
    let end = -Infinity;
    let size = 0;
    const emit = () => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean) segments.push({ text: clean, x0: start, x1: end, y: l.y, size, row });
    };
    for (const p of parts) {
      const gap = p.x - end;
      // A list's bullet sits apart from its item's words, but belongs to them.
      if (text && gap > 0.75 * l.size && !BULLET_GLYPH.test(text)) {
        emit();
        text = '';
        start = p.x;
        size = 0;
      } else if (text && gap > 0.15 * l.size && !/\s/.test(text[text.length - 1]!) && !/^\s/.test(p.str)) {
        text += ' ';
      }
      // LibreOffice fills the gap between a table's cells with one space run as wide as the gap: that is a gap too.
      if (!p.str.trim() && p.width > 2 * l.size) {
        emit();
        text = '';
        end = -Infinity;
        size = 0;
        continue;
      }
      if (!text) start = p.x;
      text += p.str;
      end = Math.max(end, p.x + p.width);
      if (p.str.trim()) size = Math.max(size, p.size);
    }
    emit();
  }
  return segments;
}

/**
 * Finds the gutter of a two-column page: a vertical band near the middle that no line crosses, with
 * a good share of lines wholly on either side. Returns its centre, or null for a one-column page.
 */
function findGutter(lines: Omit<Line, 'column'>[], width: number): number | null {
  if (lines.length < 8) return null;
  // A baseline of three or more pieces is a table row, which spans the page: it crosses any gutter as a line would.
  const rows = new Map<number, { x0: number; x1: number; pieces: number }>();
  for (const l of lines) {
    const row = rows.get(l.row);
    rows.set(
      l.row,
      row ? { x0: Math.min(row.x0, l.x0), x1: Math.max(row.x1, l.x1), pieces: row.pieces + 1 } : { ...l, pieces: 1 },
    );
  }
  const spans = lines.map((l) => {
    const row = rows.get(l.row)!;
    return row.pieces >= 3 ? row : l;
  });
  // One pass over the lines for each candidate band, counting all three at once: this runs for every page.
  for (let x = width * 0.35; x <= width * 0.65; x += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const [i, l] of lines.entries()) {
      const span = spans[i]!;
      if (span.x0 < x - 4 && span.x1 > x + 4) crossing++;
      if (l.x1 <= x) left++;
      if (l.x0 >= x) right++;
    }
    if (crossing <= lines.length * 0.15 && left >= lines.length * 0.25 && right >= lines.length * 0.25) return x;
  }
  return null;
}

/** Lines in reading order: full-width lines where they fall, and within each two-column stretch, left then right. */
function readingOrder(lines: Omit<Line, 'column'>[], width: number): Line[] {
  const gutter = findGutter(lines, width);
  const top = [...lines].sort((a, b) => b.y - a.y);
  if (gutter === null) return top.map((l) => ({ ...l, column: 'full' }));
  const ordered: Line[] = [];
  let stretch: Line[] = [];
  const flush = () => {
    ordered.push(...stretch.filter((l) => l.column === 'left'), ...stretch.filter((l) => l.column === 'right'));
    stretch = [];
  };
  for (const l of top) {
    const column = l.x1 <= gutter + 4 ? 'left' : l.x0 >= gutter - 4 ? 'right' : 'full';
    if (column === 'full') {
      flush();
      ordered.push({ ...l, column });
    } else {
      stretch.push({ ...l, column });
    }
  }
  flush();
  return ordered;
}

/** Joins a paragraph's lines: a word broken by a line-end hyphen is made whole again. */
export function joinLines(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    // The hyphen test looks at the paragraph's last three code units only (a letter may be a surrogate pair):
    // a pattern anchored at the end is still tried from every position of the growing paragraph.
    else if (text.endsWith('-') && /\p{L}-$/u.test(text.slice(-3)) && /^\p{Ll}/u.test(line))
      text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

// Word's bullets reach a PDF as Symbol or Wingdings glyphs in Unicode's private use area (U+F0B7, U+F0A7...): they
// are bullets, never text to keep.
const BULLET = /^(?:[•▪◦‣●○■□–-]|[\uE000-\uF8FF])\s+/u;
const BULLET_GLYPH = /^\s*(?:[•▪◦‣●○■□]|[\uE000-\uF8FF])\s*$/u;
/** Text less the private-use characters that stand for symbol-font glyphs: invisible in the reader and in a quote. */
function withoutPrivateGlyphs(text: string): string {
  return text
    .replace(/[\uE000-\uF8FF\u{F0000}-\u{10FFFD}]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
const NUMBERED = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/;

/**
 * Turns pages of positioned text into paragraphs and headings in reading order, each tagged with its page.
 * Pure, so the layout rules are tested without a PDF.
 */
export function layoutPdf(pages: PdfPage[], stated: ExtractedDocument['stated'] = {}): ExtractedDocument {
  const builder = new DocumentBuilder();
  const bodySize = median(pages.flatMap((p) => p.items.filter((i) => i.str.trim()).map((i) => i.size)));
  pages.forEach((page, index) => {
    builder.setPage(index + 1);
    // A page number alone as the page's top or bottom line is furniture, not text.
    const all = toLines(page.items);
    const lowest = Math.min(...all.map((l) => l.y));
    const highest = Math.max(...all.map((l) => l.y));
    const furniture = (l: Omit<Line, 'column'>) =>
      all.length > 2 && /^(page\s+)?\d{1,4}$/i.test(l.text) && (l.y === lowest || l.y === highest);
    const lines = readingOrder(
      all.filter((l) => !furniture(l)),
      page.width,
    );
    const spacing =
      median(
        lines
          .slice(1)
          .map((l, i) => Math.abs(lines[i]!.y - l.y))
          .filter((d) => d > 0),
      ) || bodySize * 1.2;
    // Pieces of one baseline split by wide gaps, on a page without columns, are the cells of a table row.
    const rowSizes = new Map<number, number>();
    for (const l of lines) if (l.column === 'full') rowSizes.set(l.row, (rowSizes.get(l.row) ?? 0) + 1);
    const inTable = (l: Line) => l.column === 'full' && (rowSizes.get(l.row) ?? 0) > 1;
    let paragraph: Line[] = [];
    const flush = () => {
      if (paragraph.length === 0) return;
      const size = median(paragraph.map((l) => l.size));
      const text = joinLines(paragraph.map((l) => l.text));
      if (paragraph.length <= 2 && size >= bodySize * 1.3 && text.length < 200)
        builder.heading(withoutPrivateGlyphs(text), size >= bodySize * 1.7 ? 1 : 2);
      else if (BULLET.test(text)) builder.listItem(withoutPrivateGlyphs(text.replace(BULLET, '')));
      else builder.paragraph(withoutPrivateGlyphs(text));
      paragraph = [];
    };
    let tableRow = -1;
    for (const line of lines) {
      if (inTable(line)) {
        if (line.row === tableRow) continue;
        flush();
        tableRow = line.row;
        builder.tableRow(lines.filter((l) => l.row === line.row).map((l) => withoutPrivateGlyphs(l.text)));
        continue;
      }
      if (tableRow >= 0) builder.endTable();
      tableRow = -1;
      const previous = paragraph.at(-1);
      const first = paragraph[0];
      const inList = first !== undefined && (BULLET.test(first.text) || NUMBERED.test(first.text));
      const breaks =
        previous &&
        (previous.column !== line.column ||
          previous.y - line.y > spacing * 1.45 ||
          previous.y < line.y ||
          Math.abs(previous.size - line.size) > bodySize * 0.2 ||
          BULLET.test(line.text) ||
          // The next item of a numbered list, or the text after a list, which starts left of the list's items.
          (inList && NUMBERED.test(line.text) && Math.abs(line.x0 - first.x0) < bodySize * 0.5) ||
          (inList && line.x0 < first.x0 - bodySize * 0.5));
      if (breaks) flush();
      paragraph.push(line);
    }
    flush();
    builder.endTable();
  });
  return builder.build(stated);
}
