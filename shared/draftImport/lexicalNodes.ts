import type { DocBlock, Run } from '../draft/documentModel.ts';

// Lexical's serialised nodes for an imported answer, as the editor itself saves them.

// Lexical's TextNode format bit flags.
const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

type LexicalJson = Record<string, unknown>;

const ELEMENT = { direction: null, format: '', indent: 0, version: 1 };

function textNode(run: Run): LexicalJson {
  const format = (run.bold ? BOLD : 0) | (run.italic ? ITALIC : 0) | (run.underline ? UNDERLINE : 0);
  return { type: 'text', version: 1, text: run.text, format, detail: 0, mode: 'normal', style: '' };
}

/** A line's runs as text nodes, line breaks as linebreak nodes, and a link's runs inside one link node. */
function inline(runs: readonly Run[]): LexicalJson[] {
  const nodes: LexicalJson[] = [];
  let link: { url: string; children: LexicalJson[] } | null = null;
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        link = null;
        nodes.push({ type: 'linebreak', version: 1 });
      }
      if (!piece) return;
      const node = textNode({ ...run, text: piece });
      if (!run.link) {
        link = null;
        nodes.push(node);
      } else if (link && link.url === run.link) {
        link.children.push(node);
      } else {
        link = { url: run.link, children: [node] };
        nodes.push({
          type: 'link',
          ...ELEMENT,
          url: run.link,
          rel: 'noreferrer',
          target: null,
          title: null,
          children: link.children,
        });
      }
    });
  }
  return nodes;
}

function paragraph(runs: readonly Run[]): LexicalJson {
  return { type: 'paragraph', ...ELEMENT, textFormat: 0, textStyle: '', children: inline(runs) };
}

/** An imported block as editor nodes; a heading inside an answer is the writer's sub-heading. */
export function toLexicalNode(block: DocBlock): LexicalJson | null {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.runs);
    case 'heading':
      return {
        type: 'heading',
        ...ELEMENT,
        tag: 'h4',
        children: inline([{ text: block.text, bold: false, italic: false, underline: false }]),
      };
    case 'list':
      return {
        type: 'list',
        ...ELEMENT,
        listType: block.ordered ? 'number' : 'bullet',
        start: 1,
        tag: block.ordered ? 'ol' : 'ul',
        children: block.items.map((item, i) => ({
          type: 'listitem',
          ...ELEMENT,
          value: i + 1,
          children: inline(item),
        })),
      };
    default:
      // Quotations in a file are the writer's text (they are not verified quotes); they arrive as paragraphs.
      return null;
  }
}
