import { html as htmlSpec, parse, type DefaultTreeAdapterMap } from 'parse5';
import { DocumentBuilder } from '../../../../shared/sources/documentBuilder.ts';
import type { ExtractedDocument } from '../../../../shared/sources/sourceStructure.ts';
import { readLinkedData } from './linkedData.ts';
import { withoutSiteName } from './withoutSiteName.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Never text: code, styling, embedded objects and media, forms, and the page furniture around an article.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'video',
  'audio',
  'map',
  'nav',
  'header',
  'footer',
  'aside',
  'search',
  'form',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'param',
  'source',
  'track',
]);
// The same furniture marked by role rather than by tag.
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);
// Furniture inside the article that only its class names give away: GOV.UK's "Is this page useful?" feedback, print
// and share links and "Get emails about this page" (inside <main>), and cookie banners on pages with no <main>.
const SKIP_CLASSES = new Set([
  'gem-c-feedback',
  'gem-c-print-link',
  'gem-c-share-links',
  'gem-c-single-page-notification-button',
  'gem-c-cookie-banner',
  'govuk-cookie-banner',
  'govuk-skip-link',
]);
const COOKIE_BANNER = /^(?:cookie|cookies)[-_](?:banner|consent|notice|message|bar)$/i;

// Elements that start a new block of text; everything else is inline.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);
const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);
const HEADING = /^h[1-6]$/;
// List depth as stored (a block's level is at most 9).
const MAX_LIST_DEPTH = 9;
// Deeper than this, a hostile page's nesting is read as plain running text (no recursion, no stack overflow).
const MAX_NESTING = 256;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

function hidden(el: Element): boolean {
  return (
    attr(el, 'hidden') !== null ||
    attr(el, 'aria-hidden')?.trim().toLowerCase() === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style') ?? '') ||
    (el.tagName === 'dialog' && attr(el, 'open') === null)
  );
}

function skipped(el: Element): boolean {
  if (el.namespaceURI !== htmlSpec.NS.HTML) return true;
  if (SKIP.has(el.tagName) || hidden(el)) return true;
  const roles = (attr(el, 'role') ?? '').toLowerCase().split(/\s+/);
  if (roles.some((r) => SKIP_ROLES.has(r))) return true;
  const classes = (attr(el, 'class') ?? '').split(/\s+/);
  return classes.some((c) => SKIP_CLASSES.has(c) || COOKIE_BANNER.test(c)) || COOKIE_BANNER.test(attr(el, 'id') ?? '');
}

/** Child nodes; a <template>'s content is never entered (it is not part of the page until a script uses it). */
function children(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `node` in document order, without recursion, not entering skipped ones unless asked. */
function* elements(node: Node, enterSkipped = false): Generator<Element> {
  const stack: Node[] = [...children(node)].reverse();
  while (stack.length) {
    const next = stack.pop()!;
    if (!isElement(next)) continue;
    yield next;
    if (next.tagName === 'template' || (!enterSkipped && skipped(next))) continue;
    const kids = children(next);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** All the text under a node, without recursion: the fallback for absurdly deep nesting. */
function flatText(node: Node): string {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.nodeName === '#text')
      out += (next as DefaultTreeAdapterMap['textNode']).value.replace(/[ \t\n\r\f]+/g, ' ');
    else if (isElement(next) && skipped(next)) continue;
    else if (isElement(next) && next.tagName === 'br') out += '\n';
    else {
      const kids = children(next);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/**
 * The words inside a node as a reader sees them: HTML white space collapsed (a non-breaking space is a
 * character of the text and stays), <br> and block boundaries as line breaks, images as their alt text.
 */
function inlineText(node: Node, pre = false, nesting = 0): string {
  if (node.nodeName === '#text') {
    const value = (node as DefaultTreeAdapterMap['textNode']).value;
    return pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
  }
  if (!isElement(node)) return '';
  if (skipped(node)) return '';
  if (nesting > MAX_NESTING) return flatText(node);
  const tag = node.tagName;
  if (tag === 'br') return '\n';
  if (tag === 'img' || (tag === 'area' && attr(node, 'alt')))
    return ` ${(attr(node, 'alt') ?? '').replace(/[ \t\n\r\f]+/g, ' ')} `;
  const inner = children(node)
    .map((c) =>
      inlineText(c, pre || tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext', nesting + 1),
    )
    .join('');
  if (tag === 'td' || tag === 'th') return `${inner}\t`;
  return BLOCKS.has(tag) ? `\n${inner}\n` : inner;
}

/** Spaces collapsed, no space at a line's ends, nothing at the ends (every step linear, whatever the input). */
function tidy(text: string): string {
  return text
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** One line: headings and table cells. */
function oneLine(text: string): string {
  return tidy(text).replace(/\n+/g, ' ');
}

function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** Preformatted text keeps its lines and indentation; only trailing spaces and blank ends go. */
function tidyPre(text: string): string {
  return text.split('\n').map(trimLineEnd).join('\n').replace(/^\n+/, '').trimEnd();
}

export type HtmlOptions = {
  /** List items that are notes (mammoth's footnotes and endnotes): kept as note blocks at the end. */
  isNote?: (el: Element) => boolean;
  /** Text to drop from notes, e.g. mammoth's back-link arrow. */
  noteNoise?: RegExp;
};

function isoDate(value: string): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? `${m[1]}-${m[2]}-${m[3]}`
    : undefined;
}

function httpUrl(value: string | null | undefined): string | undefined {
  const url = value?.trim();
  if (!url || !/^https?:\/\/[^\s/]/i.test(url)) return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The text of an element that holds only text (<title>, <script>): the parser reads their content as such. */
function rawText(el: Element): string {
  return children(el)
    .map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : ''))
    .join('');
}

/**
 * What the page says about itself, as a reference manager reads it: citation_*, Dublin Core and Open Graph tags and
 * schema.org linked data first, then <title> less the site's name, then the first h1.
 */
function statedMetadata(document: Node, root: Node): ExtractedDocument['stated'] {
  const all = [...elements(document, true)].filter((el) => el.namespaceURI === htmlSpec.NS.HTML);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = all.find(
        (m) =>
          m.tagName === 'meta' &&
          ((attr(m, 'name') ?? '').toLowerCase() === key || (attr(m, 'property') ?? '').toLowerCase() === key),
      );
      const content = el ? oneLine(attr(el, 'content') ?? '') : '';
      if (content) return content;
    }
    return '';
  };
  const linked = readLinkedData(
    all
      .filter(
        (el) => el.tagName === 'script' && (attr(el, 'type') ?? '').trim().toLowerCase() === 'application/ld+json',
      )
      .map(rawText),
  );
  const canonical = all.find(
    (el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const url = httpUrl(canonical ? attr(canonical, 'href') : null) ?? httpUrl(meta('og:url'));

  const titleEl = all.find((el) => el.tagName === 'title' && !insideSvg(el));
  const h1 = [...elements(root)].find((el) => el.tagName === 'h1' && !skipped(el));
  const ownTitle =
    meta('citation_title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title') ||
    linked.title ||
    (titleEl ? oneLine(rawText(titleEl)) : '') ||
    (h1 ? oneLine(inlineText(h1)) : '');
  const siteNames = [meta('og:site_name'), meta('application-name'), linked.publisher ?? ''].filter(Boolean);
  const title = ownTitle && withoutSiteName(ownTitle, { names: siteNames, ...(url ? { url } : {}) });

  const authorMeta = meta('citation_author', 'author', 'dc.creator', 'dcterms.creator');
  const author = authorMeta || (httpUrl(meta('article:author')) ? '' : meta('article:author')) || (linked.author ?? '');
  // Who published it: a council's or department's page often names no author but names its publisher.
  const publisher =
    meta(
      'citation_publisher',
      'dc.publisher',
      'dcterms.publisher',
      'govuk:primary-publishing-organisation',
      'publisher',
    ) ||
    linked.publisher ||
    '';
  const publishedOn = isoDate(
    meta(
      'citation_publication_date',
      'citation_date',
      'article:published_time',
      'date',
      'dc.date',
      'dcterms.date',
      'dc.date.issued',
      'dcterms.issued',
      'dc.date.created',
      'dcterms.created',
      'govuk:first-published-at',
      'og:published_time',
    ) ||
      linked.published ||
      '',
  );
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(publishedOn ? { publishedOn } : {}),
  };
}

function insideSvg(el: Element): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode)
    if (p.tagName === 'svg' || p.tagName === 'math') return true;
  return false;
}

/** The part of the page that is the article: one <main> (or role=main), else a lone <article>, else <body>. */
function mainContent(document: Node): Node {
  const visible = [...elements(document)].filter((el) => !skipped(el));
  const main = visible.find((el) => el.tagName === 'main' || (attr(el, 'role') ?? '').toLowerCase() === 'main');
  if (main) return main;
  const articles = visible.filter((el) => el.tagName === 'article');
  if (articles.length === 1) return articles[0]!;
  return visible.find((el) => el.tagName === 'body') ?? document;
}

/** Whether a table holds a page's layout (cells with headings, lists, tables or several paragraphs) rather than data. */
function isLayoutTable(rows: Element[][]): boolean {
  return rows.some((cells) =>
    cells.some((cell) => {
      let blocks = 0;
      for (const el of elements(cell)) {
        if (HEADING.test(el.tagName) || LISTS.has(el.tagName) || el.tagName === 'table') return true;
        if (el.tagName === 'p' || el.tagName === 'div') blocks++;
      }
      return blocks > 1;
    }),
  );
}

function tableRows(table: Element): Element[][] {
  const rows: Element[] = [];
  for (const child of children(table)) {
    if (!isElement(child) || skipped(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of children(child)) if (isElement(tr) && tr.tagName === 'tr' && !skipped(tr)) rows.push(tr);
    }
  }
  return rows.map((tr) =>
    children(tr).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th') && !skipped(c)),
  );
}

/**
 * Walks parsed HTML into blocks: headings, paragraphs, list items (depth from nesting), table rows and notes.
 * The text is only read, never run or rendered: scripts, styles, embedded objects, forms, hidden elements
 * and page furniture (navigation, header, footer, asides) are dropped.
 */
export function htmlToDocument(html: string, options: HtmlOptions = {}): ExtractedDocument {
  const document = parse(html);
  const root = mainContent(document);
  let doc = walkToDocument(root, options);
  // A page whose <main> or <article> is empty (filled in by a script) is read whole instead.
  if (doc.blocks.length === 0) {
    const body = [...elements(document)].find((el) => el.tagName === 'body');
    if (body && body !== root) doc = walkToDocument(body, options);
  }
  return { ...doc, stated: statedMetadata(document, root) };
}

function walkToDocument(root: Node, options: HtmlOptions): ExtractedDocument {
  const builder = new DocumentBuilder();
  const notes: string[] = [];
  let buffer = '';

  const flush = () => {
    // A blank line inside a block (<br><br>) separates paragraphs, as it does in a text file.
    for (const part of tidy(buffer).split(/\n{2,}/)) if (part) builder.paragraph(part);
    buffer = '';
  };

  const heading = (el: Element) => {
    const text = oneLine(inlineText(el));
    if (text) builder.heading(text, Number(el.tagName[1]));
  };

  /** An <article>'s own <header> holds its title: keep its headings, drop its bylines and share buttons. */
  const headerHeadings = (header: Element) => {
    for (const el of elements(header)) if (HEADING.test(el.tagName)) heading(el);
  };

  const listItem = (text: string, depth: number) => builder.listItem(text, Math.min(depth, MAX_LIST_DEPTH));

  const list = (el: Element, depth: number, nesting: number): void => {
    if (nesting > MAX_NESTING) {
      const text = tidy(flatText(el));
      if (text) listItem(text, depth);
      return;
    }
    for (const child of children(el)) {
      if (!isElement(child)) {
        if (child.nodeName === '#text' && tidy(inlineText(child))) listItem(tidy(inlineText(child)), depth);
        continue;
      }
      if (skipped(child)) continue;
      if (child.tagName === 'li') {
        if (options.isNote?.(child)) {
          const text = tidy(inlineText(child).replace(options.noteNoise ?? /$^/, ''));
          if (text) notes.push(text);
        } else {
          item(child, depth, nesting + 1);
        }
      } else if (LISTS.has(child.tagName)) {
        list(child, depth + 1, nesting + 1);
      } else {
        // A wrapper around list items (or stray content): read through it at the same depth.
        list(child, depth, nesting + 1);
      }
    }
  };

  /** One list item: its own words, then any list nested in it one level deeper, in document order. */
  const item = (li: Element, depth: number, nesting: number) => {
    if (nesting > MAX_NESTING) {
      const text = tidy(flatText(li));
      if (text) listItem(text, depth);
      return;
    }
    let text = '';
    const emit = () => {
      const words = tidy(text).replace(/\n{2,}/g, '\n');
      if (words) listItem(words, depth);
      text = '';
    };
    const visit = (node: Node, level: number) => {
      for (const child of children(node)) {
        if (!isElement(child) || level > MAX_NESTING) {
          text += inlineText(child);
        } else if (skipped(child)) {
          continue;
        } else if (LISTS.has(child.tagName)) {
          emit();
          list(child, depth + 1, nesting + level);
        } else if (BLOCKS.has(child.tagName) && child.tagName !== 'table') {
          text += '\n';
          visit(child, level + 1);
          text += '\n';
        } else {
          text += inlineText(child);
        }
      }
    };
    visit(li, 0);
    emit();
  };

  const table = (el: Element, depth: number, nesting: number) => {
    for (const caption of children(el)) {
      if (isElement(caption) && caption.tagName === 'caption' && !skipped(caption)) {
        const text = tidy(inlineText(caption));
        if (text) builder.paragraph(text);
      }
    }
    const rows = tableRows(el);
    if (isLayoutTable(rows)) {
      // A table that lays out a page: its cells are read as sections, in order.
      for (const cells of rows) for (const cell of cells) walk(cell, depth, nesting + 1);
      flush();
      return;
    }
    for (const cells of rows) builder.tableRow(cells.map((c) => oneLine(inlineText(c))));
    builder.endTable();
  };

  const walk = (node: Node, depth: number, nesting: number, inArticle = false): void => {
    if (nesting > MAX_NESTING) {
      buffer += flatText(node);
      return;
    }
    for (const child of children(node)) {
      if (!isElement(child)) {
        if (child.nodeName === '#text') buffer += inlineText(child);
        continue;
      }
      const tag = child.tagName;
      if (tag === 'header' && inArticle && !hidden(child)) {
        flush();
        headerHeadings(child);
        continue;
      }
      if (skipped(child)) continue;
      if (tag === 'br') {
        buffer += '\n';
        continue;
      }
      if (!BLOCKS.has(tag)) {
        buffer += inlineText(child);
        continue;
      }
      flush();
      if (HEADING.test(tag)) {
        heading(child);
      } else if (tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext') {
        const text = tidyPre(inlineText(child));
        if (text) builder.paragraph(text);
      } else if (LISTS.has(tag)) {
        list(child, depth, nesting + 1);
      } else if (tag === 'li') {
        item(child, depth, nesting + 1);
      } else if (tag === 'table') {
        table(child, depth, nesting + 1);
      } else if (tag !== 'hr') {
        walk(child, depth, nesting + 1, inArticle || tag === 'article' || tag === 'main');
      }
      flush();
    }
  };

  const rootTag = isElement(root) ? root.tagName : '';
  walk(root, 0, 0, rootTag === 'article' || rootTag === 'main');
  flush();
  for (const note of notes) builder.note(note);
  return builder.build();
}
