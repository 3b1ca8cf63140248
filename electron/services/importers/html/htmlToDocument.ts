import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { DocumentBuilder } from '../../../../shared/sources/documentBuilder.ts';
import type { ExtractedDocument } from '../../../../shared/sources/sourceStructure.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

// Never text: code, styling, embedded objects, and the page furniture around an article.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'ul',
  'summary', 'html', 'center', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption',
]);
const PARAGRAPHS = new Set(['p', 'dt', 'dd', 'figcaption', 'pre', 'summary', 'address', 'caption']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

function hidden(el: Element): boolean {
  return (
    attr(el, 'hidden') !== null ||
    attr(el, 'aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style') ?? '')
  );
}

function skipped(el: Element): boolean {
  return SKIP.has(el.tagName) || hidden(el);
}

function children(node: Node): Node[] {
  if ('content' in node && node.content) return node.content.childNodes as Node[];
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

/** The words inside an element as a reader sees them: spaces collapsed, <br> as a line break. */
function inlineText(node: Node, keepSpaces = false): string {
  if (node.nodeName === '#text') {
    const value = (node as DefaultTreeAdapterMap['textNode']).value;
    // HTML's own white space collapses; a non-breaking space is a character of the text and stays.
    return keepSpaces ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
  }
  if (!isElement(node)) return '';
  if (skipped(node)) return '';
  if (node.tagName === 'br') return '\n';
  if (node.tagName === 'img') return attr(node, 'alt') ?? '';
  const pre = keepSpaces || node.tagName === 'pre';
  return children(node).map((c) => inlineText(c, pre)).join('');
}

function tidy(text: string): string {
  return text.replace(/ *\n */g, '\n').replace(/[ \t]+/g, ' ').replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
}

export type HtmlOptions = {
  /** Ids of list items that are notes (mammoth's footnotes and endnotes), to be kept as notes. */
  isNote?: (el: Element) => boolean;
  /** Text to drop from notes, e.g. mammoth's back-link arrow. */
  noteNoise?: RegExp;
};

/** Walks parsed HTML into blocks: headings, paragraphs, list items, table rows and notes. Nothing is run. */
export function htmlToDocument(html: string, options: HtmlOptions = {}): ExtractedDocument {
  const document = parse(html);
  const builder = new DocumentBuilder();
  const notes: string[] = [];
  const all: Element[] = [];
  (function collect(node: Node) {
    if (isElement(node)) all.push(node);
    for (const c of children(node)) collect(c);
  })(document);

  const main = all.find((el) => el.tagName === 'main' && !hidden(el)) ?? all.find((el) => el.tagName === 'article' && !hidden(el));
  const body = main ?? all.find((el) => el.tagName === 'body') ?? document;

  let buffer = '';
  const flush = () => {
    const text = tidy(buffer);
    if (text) builder.paragraph(text);
    buffer = '';
  };

  const walk = (node: Node, depth: number): void => {
    for (const child of children(node)) {
      if (!isElement(child)) {
        if (child.nodeName === '#text') buffer += inlineText(child);
        continue;
      }
      if (skipped(child)) continue;
      const tag = child.tagName;
      if (!BLOCKS.has(tag)) {
        buffer += inlineText(child);
        continue;
      }
      flush();
      if (/^h[1-6]$/.test(tag)) {
        builder.heading(tidy(inlineText(child)), Number(tag[1]));
      } else if (PARAGRAPHS.has(tag)) {
        const text = tidy(inlineText(child));
        if (text) builder.paragraph(text);
      } else if (tag === 'ul' || tag === 'ol') {
        for (const li of children(child)) {
          if (!isElement(li) || li.tagName !== 'li' || skipped(li)) continue;
          if (options.isNote?.(li)) {
            notes.push(tidy(inlineText(li).replace(options.noteNoise ?? /$^/, '')));
            continue;
          }
          // The item's own words, then any list nested in it, one level deeper.
          const own = children(li).filter((c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')));
          const text = tidy(own.map((c) => inlineText(c)).join(''));
          if (text) builder.listItem(text, depth);
          for (const nested of children(li)) {
            if (isElement(nested) && (nested.tagName === 'ul' || nested.tagName === 'ol')) walk({ ...li, childNodes: [nested] } as Element, depth + 1);
          }
        }
      } else if (tag === 'table') {
        for (const row of all.filter((el) => el.tagName === 'tr' && isInside(el, child))) {
          builder.tableRow(children(row).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')).map((c) => tidy(inlineText(c))));
        }
        builder.endTable();
      } else if (tag === 'hr') {
        // A rule separates; it has no words.
      } else {
        walk(child, depth);
      }
      flush();
    }
  };

  walk(body, 0);
  flush();
  for (const note of notes) if (note) builder.note(note);

  const titleEl = all.find((el) => el.tagName === 'title');
  const h1 = all.find((el) => el.tagName === 'h1' && !hidden(el));
  const meta = (key: string) => {
    const el = all.find((m) => m.tagName === 'meta' && (attr(m, 'name') === key || attr(m, 'property') === key));
    return el ? (attr(el, 'content') ?? '').trim() : '';
  };
  const canonical = all.find((el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('canonical'));
  const url = (canonical ? attr(canonical, 'href') : null) ?? meta('og:url');
  const published = (meta('article:published_time') || meta('date') || meta('DC.date')).slice(0, 10);
  const title = tidy(titleEl ? inlineText(titleEl) : '') || (h1 ? tidy(inlineText(h1)) : '');
  return builder.build({
    ...(title ? { title } : {}),
    ...(meta('author') ? { author: meta('author') } : {}),
    ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(published) ? { publishedOn: published } : {}),
  });
}

/** Whether `el` is inside `container`, and not inside a table nested within it. */
function isInside(el: Element, container: Element): boolean {
  for (let p = el.parentNode as Element | null; p; p = p.parentNode as Element | null) {
    if (p === container) return true;
    if ('tagName' in p && p.tagName === 'table') return false;
  }
  return false;
}
