import { z } from 'zod';

// Branded ids stop a QuoteId being passed where a SourceId is expected.
export const SourceIdSchema = z.number().int().positive().brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceIdSchema>;

export const QuoteIdSchema = z.number().int().positive().brand<'QuoteId'>();
export type QuoteId = z.infer<typeof QuoteIdSchema>;

export const ThemeIdSchema = z.number().int().positive().brand<'ThemeId'>();
export type ThemeId = z.infer<typeof ThemeIdSchema>;
