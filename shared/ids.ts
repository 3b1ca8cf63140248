import { z } from 'zod';

// Branded ids stop a QuoteId being passed where a SourceId is expected.
export const SourceIdSchema = z.number().int().positive().brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceIdSchema>;

export const QuoteIdSchema = z.number().int().positive().brand<'QuoteId'>();
export type QuoteId = z.infer<typeof QuoteIdSchema>;

// Chapters and questions are kept in one table (`themes`, ids in `theme_id` columns; see the README's glossary), so
// their ids share one number space. Code says which it means: a QuestionId or a ChapterId, and ChapterOrQuestionId
// only where either will do (both are ChapterOrQuestionIds, but a chapter's id is not a question's).
export const ChapterOrQuestionIdSchema = z.number().int().positive().brand<'ChapterOrQuestionId'>();
export type ChapterOrQuestionId = z.infer<typeof ChapterOrQuestionIdSchema>;

export const QuestionIdSchema = ChapterOrQuestionIdSchema.brand<'QuestionId'>();
export type QuestionId = z.infer<typeof QuestionIdSchema>;

export const ChapterIdSchema = ChapterOrQuestionIdSchema.brand<'ChapterId'>();
export type ChapterId = z.infer<typeof ChapterIdSchema>;
