import { DocumentBuilder } from '../../../../shared/sources/documentBuilder.ts';
import { canonicalText } from '../../sourcesService.ts';
import type { Importer } from '../importer.ts';
import { checkFile } from './checkFile.ts';
import { decodeText } from './decodeText.ts';

// Private-use characters hold escaped characters and code spans aside while emphasis is removed.
const HOLD_OPEN = '\uE000';
const HOLD_CLOSE = '\uE001';

/** Inline Markdown to the words a reader sees: emphasis markers dropped, links and images as their text. */
export function plainInline(text: string): string {
  const held: string[] = [];
  const hold = (s: string) => `${HOLD_OPEN}${held.push(s) - 1}${HOLD_CLOSE}`;
  // Every span is bounded (a few hundred characters), so a hostile line of unclosed markers stays linear.
  const out = text
    .replace(/[\uE000\uE001]/g, '')
    .replace(/(`+)(?!`)([\s\S]{0,2000}?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) =>
      hold(code.replace(/^ (.*) $/s, '$1')),
    )
    .replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => hold(c))
    .replace(/\\\n/g, '\n')
    .replace(/<((?:https?|mailto):[^\s<>]{1,2000})>/gi, '$1')
    .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/!?\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]/g, '$1')
    .replace(/~~(?=\S)(.{1,500}?)(?<=\S)~~/g, '$1')
    .replace(/\*\*(?=\S)(.{1,500}?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])__(?=\S)(.{1,500}?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*/g, '$1')
    // Underscores inside words (snake_case, file_names) are not emphasis.
    .replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])(.{1,500}?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu, '$1');
  return out.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => held[Number(i)] ?? '');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/** A table's header underline (| --- | :--: | ---: |), one for each column of the header row. */
function isTableSeparator(line: string, header: string): boolean {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.length === tableCells(header).length && cells.every((c) => /^:?-+:?$/.test(c.trim()));
}

function tableCells(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((c) => plainInline(c.replace(/\\\|/g, '|').trim()));
}

function columns(tab: string): number {
  return tab.replace(/\t/g, '    ').length;
}

/** Front matter (--- key: value ---) at the very start: skipped as text, its title, author and date kept. */
function frontMatter(lines: string[]): { length: number; fields: Record<string, string> } {
  if (lines[0]?.trim() !== '---') return { length: 0, fields: {} };
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (close < 0) return { length: 0, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, close)) {
    const m = /^([A-Za-z_-]+)\s*:\s*(.+)$/.exec(line);
    if (m) fields[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { length: close + 1, fields };
}

/**
 * Markdown: # and underlined headings, - * + and 1. list items (nested by indentation), pipe tables as
 * table rows, the rest paragraphs; markers, emphasis and link addresses removed, words kept.
 */
export const importMarkdown: Importer = async (file, limits) => {
  checkFile(file, limits);
  const lines = canonicalText(decodeText(file.bytes, file.fileName).text).split('\n');
  const builder = new DocumentBuilder();
  const front = frontMatter(lines);

  let paragraph: string[] = [];
  let item: { text: string[]; depth: number } | null = null;
  let indents: number[] = [];
  let inTable = false;
  let firstH1: string | undefined;
  let firstHeading: string | undefined;

  const flush = () => {
    if (paragraph.length) builder.paragraph(plainInline(paragraph.join('\n')));
    if (item) builder.listItem(plainInline(item.text.join('\n')), item.depth);
    if (inTable) builder.endTable();
    paragraph = [];
    item = null;
    inTable = false;
  };
  const heading = (raw: string, level: number) => {
    flush();
    indents = [];
    const words = plainInline(raw.trim());
    if (!words) return;
    if (level === 1) firstH1 ??= words;
    firstHeading ??= words;
    builder.heading(words, level);
  };

  for (let i = front.length; i < lines.length; i++) {
    // Quoted lines are read as their contents.
    const line = lines[i]!.replace(/^ {0,3}(?:>[ \t]?)+/, '');

    const fence = FENCE.exec(line);
    if (fence) {
      // A code block is kept as written, one paragraph, up to its closing fence.
      flush();
      const marker = fence[1]!;
      const code: string[] = [];
      for (i++; i < lines.length; i++) {
        const inner = lines[i]!;
        if (new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(inner)) break;
        code.push(inner);
      }
      builder.paragraph(code.join('\n'));
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (paragraph.length && /^ {0,3}=+[ \t]*$/.test(line)) {
      heading(paragraph.splice(0).join(' '), 1);
      continue;
    }
    if (paragraph.length && /^ {0,3}-+[ \t]*$/.test(line)) {
      heading(paragraph.splice(0).join(' '), 2);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heading(atx[2] ?? '', atx[1]!.length);
      continue;
    }
    if (inTable) {
      if (line.includes('|')) {
        builder.tableRow(tableCells(line));
        continue;
      }
      flush();
    }
    if (line.includes('|') && isTableSeparator(lines[i + 1] ?? '', line)) {
      flush();
      builder.tableRow(tableCells(line));
      inTable = true;
      i++;
      continue;
    }
    if (DEFINITION.test(line) && !paragraph.length) continue;
    const listItem = ITEM.exec(line);
    // An ordered item interrupts a paragraph only when it starts at 1 ("2020. A year" inside a sentence is not a list).
    const startsList = listItem && !(paragraph.length && /^\d/.test(listItem[2]!) && !/^1[.)]$/.test(listItem[2]!));
    if (listItem && startsList && listItem[3]?.trim()) {
      flush();
      const indent = columns(listItem[1]!);
      while (indents.length && indents.at(-1)! >= indent) indents.pop();
      const depth = indents.length;
      indents.push(indent);
      item = { text: [listItem[3]!.trim()], depth: Math.min(depth, 9) };
      continue;
    }
    if (item) {
      // A line straight after an item, not itself an item, continues it.
      item.text.push(line.trim());
      continue;
    }
    if (!/^\s/.test(line)) indents = [];
    paragraph.push(line.trim());
  }
  flush();

  const title = front.fields.title || firstH1 || firstHeading;
  const date = front.fields.date?.slice(0, 10);
  return builder.build({
    ...(title ? { title: plainInline(title) } : {}),
    ...(front.fields.author ? { author: front.fields.author } : {}),
    ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? { publishedOn: date } : {}),
  });
};
