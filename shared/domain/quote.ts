import { z } from 'zod';
import { QuestionIdSchema, QuoteIdSchema, SourceIdSchema } from '../ids.ts';

/** One verbatim slice of a source version's canonical text: text === version.text.slice(start, end). */
export const QuoteFragmentSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  page: z.number().int().positive().nullable(),
});
export type QuoteFragment = z.infer<typeof QuoteFragmentSchema>;

export const QuoteSchema = z.object({
  id: QuoteIdSchema,
  sourceId: SourceIdSchema,
  /** The version of the source the words come from (1 until the source is updated and the quote moved on). */
  sourceVersion: z.number().int().positive().default(1),
  fragments: z.array(QuoteFragmentSchema).min(1),
  note: z.string(),
  questionIds: z.array(QuestionIdSchema),
  createdAt: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** A quote fragment that no longer matches its source: the stored words and what the source says there. */
export type QuoteMismatch = {
  quoteId: z.infer<typeof QuoteIdSchema>;
  sourceId: z.infer<typeof SourceIdSchema>;
  /** The version of the source the quote cites. */
  version: number;
  fragment: number;
  stored: string;
  inSource: string;
};
