import { DocumentBuilder } from '../sources/documentBuilder.ts';
import type { ExtractedDocument } from '../sources/sourceStructure.ts';

/** A run of text as pdf.js reports it: its string, left edge, baseline (from the page bottom), width and font size. */
export type PdfTextItem = { str: string; x: number; y: number; width: number; size: number };
export type PdfPage = { width: number; height: number; items: PdfTextItem[] };

type Line = { text: string; x0: number; x1: number; y: number; size: number; column: 'left' | 'right' | 'full' };

function median(values: number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers without calling back into a comparator.
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Items on one baseline, left to right, with a space wherever the gap between them shows one. */
function toLines(items: PdfTextItem[]): Omit<Line, 'column'>[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
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
  for (const l of lines) {
    const parts = l.items.sort((a, b) => a.x - b.x);
    let text = '';
    let start = parts[0]!.x;
    let end = -Infinity;
    let size = 0;
    const emit = () => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean) segments.push({ text: clean, x0: start, x1: end, y: l.y, size });
    };
    for (const p of parts) {
      const gap = p.x - end;
      if (text && gap > 0.75 * l.size) {
        emit();
        text = '';
        start = p.x;
        size = 0;
      } else if (text && gap > 0.15 * l.size && !/\s/.test(text[text.length - 1]!) && !/^\s/.test(p.str)) {
        text += ' ';
      }
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
  // One pass over the lines for each candidate band, counting all three at once: this runs for every page.
  for (let x = width * 0.35; x <= width * 0.65; x += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const l of lines) {
      if (l.x0 < x - 4 && l.x1 > x + 4) crossing++;
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

const BULLET = /^[•▪◦‣●○■□–-]\s+/;

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
    let paragraph: Line[] = [];
    const flush = () => {
      if (paragraph.length === 0) return;
      const size = median(paragraph.map((l) => l.size));
      const text = joinLines(paragraph.map((l) => l.text));
      if (paragraph.length <= 2 && size >= bodySize * 1.3 && text.length < 200)
        builder.heading(text, size >= bodySize * 1.7 ? 1 : 2);
      else if (BULLET.test(text)) builder.listItem(text.replace(BULLET, ''));
      else builder.paragraph(text);
      paragraph = [];
    };
    for (const line of lines) {
      const previous = paragraph.at(-1);
      const breaks =
        previous &&
        (previous.column !== line.column ||
          previous.y - line.y > spacing * 1.45 ||
          previous.y < line.y ||
          Math.abs(previous.size - line.size) > bodySize * 0.2 ||
          BULLET.test(line.text));
      if (breaks) flush();
      paragraph.push(line);
    }
    flush();
  });
  return builder.build(stated);
}
