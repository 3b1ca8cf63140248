import { z } from 'zod';
import type { SourceIdSchema } from '../ids.ts';
import { SourceKindSchema, type SourceKind } from './source.ts';
import type { SnippetPart } from '../search/ftsQuery.ts';

export const SearchRequestSchema = z
  .object({
    query: z.string().max(500),
    kinds: z.array(SourceKindSchema).max(20).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    limit: z.number().int().positive().max(500).optional(),
  })
  .strict();
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export type SearchHit = {
  sourceId: z.infer<typeof SourceIdSchema>;
  title: string;
  kind: SourceKind;
  publishedOn: string | null;
  snippet: SnippetPart[];
  /** Where the first highlighted hit is in the source's text, to open the reader at it. */
  hitStart: number | null;
  hitEnd: number | null;
};
