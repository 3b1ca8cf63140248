import type { DocBlock, Run } from '../draft/documentModel.ts';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTTP = /^https?:\/\//i;

const plain = (text: string): Run => ({ text, bold: false, italic: false, underline: false });

// **bold**, __bold__, *italic*, _italic_, [words](https://address), <https://address>; everything else is text.
const INLINE =
  /\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])|\*(?=[^\s*])(.+?)(?<=[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])|\[([^\]\n]{1,500})\]\(([^)\s]{1,2000})\)|<(https?:\/\/[^\s<>]{1,2000})>/gu;

/** Inline Markdown to runs, with their bold, italic and links. */
export function markdownRuns(text: string, style: Omit<Run, 'text'> = plain('')): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) runs.push({ ...style, text: text.slice(last, m.index) });
    const [, bold1, bold2, italic1, italic2, linkWords, linkUrl, auto] = m;
    if (bold1 ?? bold2) runs.push(...markdownRuns((bold1 ?? bold2)!, { ...style, bold: true }));
    else if (italic1 ?? italic2) runs.push(...markdownRuns((italic1 ?? italic2)!, { ...style, italic: true }));
    else if (linkWords !== undefined) {
      const url = HTTP.test(linkUrl!) ? linkUrl : undefined;
      runs.push(...markdownRuns(linkWords, style).map((r) => (url ? { ...r, link: url } : r)));
    } else if (auto) runs.push({ ...style, text: auto, link: auto });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ ...style, text: text.slice(last) });
  return runs.map((r) => ({ ...r, text: r.text.replace(/\\([!-/:-@[-`{-~])/g, '$1') }));
}

/**
 * A Markdown draft as blocks: headings, paragraphs (lines joined), bulleted and numbered lists, and quotations as
 * ordinary paragraphs. Enough Markdown for a draft written or exported question by question, not all of CommonMark.
 */
export function markdownBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[]; first: string } | null = null;
  let fenced = false;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: markdownRuns(paragraph.join(' ')) });
    // A numbered "list" of one item is a numbered line, such as "5. Do you agree…?": a paragraph that can head a question.
    if (list?.ordered && list.items.length === 1)
      blocks.push({ kind: 'paragraph', runs: [plain(`${list.first} `), ...markdownRuns(list.items[0]!)] });
    else if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map((i) => markdownRuns(i)) });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(raw)) {
      flush();
      fenced = !fenced;
      continue;
    }
    const line = fenced ? raw : raw.replace(QUOTE, '');
    if (fenced) {
      paragraph.push(line);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: Math.min(heading[1]!.length, 4) as 1 | 2 | 3 | 4,
        text: heading[2]!.replace(/[*_]/g, '').trim(),
      });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]!);
      if (paragraph.length) flush();
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [], first: item[1]! };
      list.items.push(item[2]!);
      continue;
    }
    if (list) {
      // A lazy continuation line belongs to the item above.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
