import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { DocBlock, Run } from '../../../shared/draft/documentModel.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

type Style = Omit<Run, 'text'>;

const PLAIN: Style = { bold: false, italic: false, underline: false };
const HEADINGS: Record<string, 1 | 2 | 3 | 4> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const SKIP = new Set(['script', 'style', 'head', 'title', 'img', 'sup']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** A footnote or endnote mammoth lists at the end: the draft's own notes, not part of any answer. */
function isNote(el: Element): boolean {
  return el.tagName === 'li' && /^(footnote|endnote)-\d+$/.test(attr(el, 'id') ?? '');
}

/** The words of an element, with their bold, italic, underline and links. */
function runsOf(el: Element, style: Style): Run[] {
  const runs: Run[] = [];
  for (const child of el.childNodes) {
    if (child.nodeName === '#text') {
      runs.push({ ...style, text: (child as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ') });
    } else if (isElement(child) && !SKIP.has(child.tagName)) {
      const tag = child.tagName;
      if (tag === 'br') runs.push({ ...style, text: '\n' });
      else if (tag === 'ul' || tag === 'ol') continue;
      else {
        const href = tag === 'a' ? attr(child, 'href') : undefined;
        const next: Style = {
          ...style,
          bold: style.bold || tag === 'strong' || tag === 'b',
          italic: style.italic || tag === 'em' || tag === 'i',
          underline: style.underline || tag === 'u',
          ...(href && /^https?:\/\//i.test(href) ? { link: href } : {}),
        };
        runs.push(...runsOf(child, next));
      }
    }
  }
  return runs;
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.filter((r) => r.text !== '');
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
  const last = out.length - 1;
  if (out[last]) out[last] = { ...out[last], text: out[last].text.replace(/\s+$/, '') };
  return out.filter((r) => r.text !== '');
}

/** A list's items, each nested list's items following as items of their own. */
function listItems(list: Element): Run[][] {
  const items: Run[][] = [];
  for (const li of list.childNodes) {
    if (!isElement(li) || li.tagName !== 'li' || isNote(li)) continue;
    const own = trimRuns(runsOf(li, PLAIN));
    if (own.length) items.push(own);
    for (const nested of li.childNodes)
      if (isElement(nested) && (nested.tagName === 'ul' || nested.tagName === 'ol')) items.push(...listItems(nested));
  }
  return items;
}

function walk(node: Node, blocks: DocBlock[]): void {
  if (!isElement(node)) {
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child, blocks);
    return;
  }
  const tag = node.tagName;
  if (SKIP.has(tag)) return;
  if (tag in HEADINGS) {
    const text = trimRuns(runsOf(node, PLAIN))
      .map((r) => r.text)
      .join('');
    if (text) blocks.push({ kind: 'heading', level: HEADINGS[tag]!, text });
  } else if (tag === 'p') {
    const runs = trimRuns(runsOf(node, PLAIN));
    if (runs.length) blocks.push({ kind: 'paragraph', runs });
  } else if (tag === 'ul' || tag === 'ol') {
    const items = listItems(node);
    if (items.length) blocks.push({ kind: 'list', ordered: tag === 'ol', items });
  } else {
    // Containers (body, blockquote, tables and their cells): their blocks in order; a quotation is ordinary text.
    for (const child of node.childNodes) walk(child, blocks);
  }
}

/** The blocks of an HTML document (mammoth's rendering of a Word file): headings, paragraphs and lists. */
export function htmlBlocks(html: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  walk(parse(html), blocks);
  return blocks;
}
