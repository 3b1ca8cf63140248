import { z } from 'zod';

// Branded ids stop a QuoteId being passed where a SourceId is expected.
export const SourceIdSchema = z.number().int().positive().brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceIdSchema>;

export const QuoteIdSchema = z.number().int().positive().brand<'QuoteId'>();
export type QuoteId = z.infer<typeof QuoteIdSchema>;

export const ThemeIdSchema = z.number().int().positive().brand<'ThemeId'>();
export type ThemeId = z.infer<typeof ThemeIdSchema>;

// One table (`themes`) and one schema hold both a consultation's chapters and its questions, and the IPC payloads
// still say `themeIds`. Where code means one or the other it says which: both are ThemeIds (so they go into those
// payloads unchanged), but a chapter's id is not a question's.
export type QuestionId = ThemeId & z.$brand<'QuestionId'>;
export type ChapterId = ThemeId & z.$brand<'ChapterId'>;
