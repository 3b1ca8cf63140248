import type { QuoteId, SourceId } from '../ids.ts';
import {
  DRAFT_SECTION_TYPE,
  QUESTION_POSITION_TYPE,
  QUESTION_STATE_KEY,
  parseQuestionPosition,
  parseSourceQuote,
  SOURCE_QUOTE_TYPE,
  parseEditorState,
  type SerializedNode,
} from './draftSchema.ts';
import { ANNEXES } from './initialDraft.ts';

/** A run of text with its formatting; `link` is set for the words of a web link. */
export type Run = { text: string; bold: boolean; italic: boolean; underline: boolean; link?: string };

export type DocBlock =
  /** Level 2 is a part of the response (a chapter, About us), 3 a question, 4 a writer's sub-heading in an answer. */
  | { kind: 'heading'; level: DocHeadingLevel; text: string; questionId?: number }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'quote'; quoteId: QuoteId; sourceId: SourceId; text: string; citation: string }
  | { kind: 'position'; value: string }
  /** A small-print line under a quotation (the evidence pack's full citations). */
  | { kind: 'note'; text: string };

export type DocHeadingLevel = 1 | 2 | 3 | 4;

export type DocumentModel = { title: string; subtitle: string | null; blocks: DocBlock[] };

// Lexical's TextNode format bit flags.
const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

function runsOf(node: SerializedNode): Run[] {
  const runs: Run[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'linebreak') {
      runs.push({ text: '\n', bold: false, italic: false, underline: false });
    } else if (typeof child.text === 'string') {
      const format = typeof child.format === 'number' ? child.format : 0;
      runs.push({
        text: child.text,
        bold: (format & BOLD) !== 0,
        italic: (format & ITALIC) !== 0,
        underline: (format & UNDERLINE) !== 0,
      });
    } else if (child.type === 'link' || child.type === 'autolink') {
      const url = typeof child.url === 'string' && /^https?:\/\//.test(child.url) ? child.url : undefined;
      runs.push(...runsOf(child).map((r) => (url ? { ...r, link: url } : r)));
    } else if (child.children) {
      runs.push(...runsOf(child)); // other inline containers: keep their text
    }
  }
  return runs;
}

function isBlank(runs: Run[]): boolean {
  return runs.every((r) => r.text.trim() === '');
}

function headingLevel(tag: unknown): DocHeadingLevel {
  if (tag === 'h1') return 1;
  if (tag === 'h2') return 2;
  if (tag === 'h3') return 3;
  return 4;
}

/** A heading that opens another part of the response (a chapter, About us, Other comments), so ends the part before it. */
export function isPartHeading(block: DocBlock | undefined): boolean {
  return block?.kind === 'heading' && block.level <= 2;
}

/** A part's heading with nothing under it before the next part or the end of the response. */
export function isEmptyPart(blocks: readonly DocBlock[], i: number): boolean {
  return isPartHeading(blocks[i]) && (i + 1 === blocks.length || isPartHeading(blocks[i + 1]));
}

/** Each question's answer: the blocks after its heading up to the next question or part (a sub-heading is in the answer). */
export function answersByQuestion(blocks: readonly DocBlock[]): Map<number, DocBlock[]> {
  const answers = new Map<number, DocBlock[]>();
  let current: DocBlock[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading' && block.questionId !== undefined) answers.set(block.questionId, (current = []));
    else if (block.kind === 'heading' && block.level <= 3) current = null;
    else current?.push(block);
  }
  return answers;
}

/** Annexes are optional: with nothing written under the heading, the part is left out rather than printed bare. */
function dropEmptyAnnexes(blocks: DocBlock[]): DocBlock[] {
  return blocks.filter((block, i) => !(block.kind === 'heading' && block.text === ANNEXES && isEmptyPart(blocks, i)));
}

/** Which question a heading starts, if it is a question heading. */
export function headingQuestionId(node: SerializedNode): number | null {
  const value = node.$?.[QUESTION_STATE_KEY];
  return typeof value === 'number' ? value : null;
}

/**
 * Turns a saved Lexical editor state into the neutral model the .docx writer consumes.
 * Empty paragraphs are dropped: spacing is the writer's job, and screen readers announce blanks.
 */
export function draftToDocument(content: string, title: string, subtitle: string | null): DocumentModel {
  const { root } = parseEditorState(content);
  const blocks: DocBlock[] = [];
  let inAnswer = false;
  // Sections hold the draft's blocks in the editor; the document is the blocks in reading order.
  const topBlocks = (root.children ?? []).flatMap((node) =>
    node.type === DRAFT_SECTION_TYPE ? (node.children ?? []) : [node],
  );
  for (const node of topBlocks) {
    if (node.type === 'heading') {
      const text = runsOf(node)
        .map((r) => r.text)
        .join('')
        .trim();
      const questionId = headingQuestionId(node);
      // Any other heading inside an answer (the writer's, or one pasted from Word) is a sub-heading of that answer.
      const level = questionId === null && inAnswer && node.tag !== 'h2' ? 4 : headingLevel(node.tag);
      if (questionId !== null) inAnswer = true;
      else if (node.tag === 'h2') inAnswer = false;
      if (text) blocks.push({ kind: 'heading', level, text, ...(questionId === null ? {} : { questionId }) });
    } else if (node.type === SOURCE_QUOTE_TYPE) {
      const quote = parseSourceQuote(node);
      blocks.push({
        kind: 'quote',
        quoteId: quote.quoteId,
        sourceId: quote.sourceId,
        text: quote.text,
        citation: quote.citation,
      });
    } else if (node.type === QUESTION_POSITION_TYPE) {
      const position = parseQuestionPosition(node);
      if (position.value) blocks.push({ kind: 'position', value: position.value });
    } else if (node.type === 'list') {
      const items = (node.children ?? []).map(runsOf).filter((r) => !isBlank(r));
      if (items.length) blocks.push({ kind: 'list', ordered: node.listType === 'number', items });
    } else {
      const runs = runsOf(node);
      if (!isBlank(runs)) blocks.push({ kind: 'paragraph', runs });
    }
  }
  return { title, subtitle, blocks: dropEmptyAnnexes(blocks) };
}
