import type { QuestionId, QuoteId, SourceId } from '../ids.ts';

// The draft's saved shape, checked by hand rather than with zod: the editor's nodes read it on the window's first
// screen, where building zod schemas cost a tenth of a second. The drafts service checks what it stores with
// editorStateSchema.ts (zod), like every other IPC payload.

/** Our quotation block's node type; 'quote' already belongs to @lexical/rich-text. */
export const SOURCE_QUOTE_TYPE = 'source-quote';

/** A question's position control (agree/disagree, yes/no), placed under its heading. */
export const QUESTION_POSITION_TYPE = 'question-position';

/** A part of the draft (a question's heading and answer, say) held together so a long draft types quickly. */
export const DRAFT_SECTION_TYPE = 'draft-section';

/** NodeState key on a heading that marks which consultation question the section answers. */
export const QUESTION_STATE_KEY = 'themeId';

/** NodeState key on a chapter's heading, so it follows the chapter when renamed or renumbered. */
export const CHAPTER_STATE_KEY = 'chapterId';

export type SerializedQuestionPosition = {
  type: typeof QUESTION_POSITION_TYPE;
  version: 1;
  themeId: QuestionId;
  answerType: 'agree-scale' | 'yes-no';
  /** One of POSITIONS[answerType], or null until the user chooses. */
  value: string | null;
};

/** The serialised form of a quotation block: the editor node and the exporter both read it with parseSourceQuote. */
export type SerializedSourceQuote = {
  type: typeof SOURCE_QUOTE_TYPE;
  version: 1;
  quoteId: QuoteId;
  sourceId: SourceId;
  /** The quote's text as pulled, so the block still reads correctly if the quote is later deleted. */
  text: string;
  citation: string;
};

/** The parts of Lexical's serialised tree the exporter reads; unknown node types are kept as text. */
export type SerializedNode = {
  type: string;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  $?: Record<string, unknown>;
  [key: string]: unknown;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** A question position block's fields, or a clear error naming what is wrong. */
export function parseQuestionPosition(json: unknown): SerializedQuestionPosition {
  const node = isRecord(json) ? json : {};
  const { type, version, themeId, answerType, value } = node;
  if (type !== QUESTION_POSITION_TYPE || version !== 1) throw new Error('Not a question position block');
  if (!isId(themeId)) throw new Error('A question position block has no question');
  if (answerType !== 'agree-scale' && answerType !== 'yes-no')
    throw new Error('A question position block has an unknown answer type');
  if (value !== null && typeof value !== 'string') throw new Error('A question position block has a bad position');
  return { type, version, themeId: themeId as QuestionId, answerType, value };
}

/** A quotation block's fields, or a clear error naming what is wrong (an uncited quote must not be exported). */
export function parseSourceQuote(json: unknown): SerializedSourceQuote {
  const node = isRecord(json) ? json : {};
  const { type, version, quoteId, sourceId, text, citation } = node;
  if (type !== SOURCE_QUOTE_TYPE || version !== 1) throw new Error('Not a quotation block');
  if (!isId(quoteId) || !isId(sourceId)) throw new Error('A quotation block has no quote or source');
  if (typeof text !== 'string' || typeof citation !== 'string')
    throw new Error('A quotation block has no text or citation');
  return { type, version, quoteId: quoteId as QuoteId, sourceId: sourceId as SourceId, text, citation };
}

/** A saved draft's editor state: a root whose blocks each have a type (the same check as editorStateSchema.ts). */
export function parseEditorState(json: string): { root: SerializedNode } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('The saved draft is not valid JSON');
  }
  const root = isRecord(raw) ? raw['root'] : undefined;
  const children = isRecord(root) ? root['children'] : undefined;
  if (
    !isRecord(root) ||
    root['type'] !== 'root' ||
    !Array.isArray(children) ||
    !children.every((child) => isRecord(child) && typeof child['type'] === 'string')
  )
    throw new Error('The saved draft is not an editor document');
  return { root: root as SerializedNode };
}
