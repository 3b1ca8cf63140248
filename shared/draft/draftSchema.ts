import { z } from 'zod';
import { QuoteIdSchema, SourceIdSchema, QuestionIdSchema } from '../ids.ts';

/** Our quotation block's node type; 'quote' already belongs to @lexical/rich-text. */
export const SOURCE_QUOTE_TYPE = 'source-quote';

/** A question's position control (agree/disagree, yes/no), placed under its heading. */
export const QUESTION_POSITION_TYPE = 'question-position';

/** A part of the draft (a question's heading and answer, say) held together so a long draft types quickly. */
export const DRAFT_SECTION_TYPE = 'draft-section';

export const SerializedQuestionPositionSchema = z.object({
  type: z.literal(QUESTION_POSITION_TYPE),
  version: z.literal(1),
  themeId: QuestionIdSchema,
  answerType: z.enum(['agree-scale', 'yes-no']),
  /** One of POSITIONS[answerType], or null until the user chooses. */
  value: z.string().nullable(),
});
export type SerializedQuestionPosition = z.infer<typeof SerializedQuestionPositionSchema>;

/** NodeState key on a heading that marks which consultation question the section answers. */
export const QUESTION_STATE_KEY = 'themeId';

/** NodeState key on a chapter's heading, so it follows the chapter when renamed or renumbered. */
export const CHAPTER_STATE_KEY = 'chapterId';

/**
 * The serialised form of a quotation block. The editor node and the exporter both parse with it,
 * so a draft can be read without an editor.
 */
export const SerializedSourceQuoteSchema = z.object({
  type: z.literal(SOURCE_QUOTE_TYPE),
  version: z.literal(1),
  quoteId: QuoteIdSchema,
  sourceId: SourceIdSchema,
  /** The quote's text as pulled, so the block still reads correctly if the quote is later deleted. */
  text: z.string(),
  citation: z.string(),
});
export type SerializedSourceQuote = z.infer<typeof SerializedSourceQuoteSchema>;

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

export const SerializedEditorStateSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(z.looseObject({ type: z.string() })) }),
});

export function parseEditorState(json: string): { root: SerializedNode } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('The saved draft is not valid JSON');
  }
  return SerializedEditorStateSchema.parse(raw) as { root: SerializedNode };
}
