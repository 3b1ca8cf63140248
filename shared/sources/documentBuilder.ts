import type { BlockKind, ExtractedDocument, SourceBlock } from './sourceStructure.ts';

/** Line endings as \n; no invisible control characters (see canonicalText in the sources service). */
function clean(raw: string): string {
  return raw
    .replace(/\uFEFF/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/**
 * Builds a source's canonical text block by block, recording each block's offsets as it goes, so
 * every importer produces the same shape: blocks separated by a blank line, consecutive list items by
 * one line break, the cells of a table row by a tab and its rows by a line break.
 */
export class DocumentBuilder {
  private text = '';
  private readonly blocks: SourceBlock[] = [];
  private page: number | null = null;
  private rowOpen = false;

  /** Blocks added from now on are on this page (PDF). */
  setPage(page: number): void {
    this.page = page;
  }

  heading(text: string, level: number): void {
    this.add('heading', text, Math.min(6, Math.max(1, level)));
  }

  paragraph(text: string): void {
    this.add('paragraph', text, null);
  }

  listItem(text: string, depth = 0): void {
    this.add('list-item', text, depth);
  }

  note(text: string): void {
    this.add('note', text, null);
  }

  /** One table row; empty cells keep their place so columns stay aligned. */
  tableRow(cells: readonly string[]): void {
    const cleaned = cells.map((c) => clean(c).replace(/\s+/g, ' ').trim());
    if (cleaned.every((c) => c === '')) return;
    cleaned.forEach((cell, i) => {
      this.separate(i === 0 ? (this.rowOpen ? '\n' : '\n\n') : '\t');
      this.push('table-cell', cell, null);
    });
    this.rowOpen = true;
  }

  /** Ends a table, so a following table's first row starts a new block group. */
  endTable(): void {
    this.rowOpen = false;
  }

  build(stated: ExtractedDocument['stated'] = {}): ExtractedDocument {
    return { text: this.text, blocks: [...this.blocks], stated };
  }

  get length(): number {
    return this.text.length;
  }

  private add(kind: BlockKind, raw: string, level: number | null): void {
    const text = clean(raw)
      .replace(/[ \t\f\v]+\n/g, '\n')
      .trim();
    if (text === '') return;
    this.rowOpen = false;
    const previous = this.blocks.at(-1);
    this.separate(previous?.kind === 'list-item' && kind === 'list-item' ? '\n' : '\n\n');
    this.push(kind, text, level);
  }

  private separate(separator: string): void {
    if (this.text.length > 0) this.text += separator;
  }

  private push(kind: BlockKind, text: string, level: number | null): void {
    const start = this.text.length;
    this.text += text;
    this.blocks.push({ kind, start, end: this.text.length, level, page: this.page });
  }
}
