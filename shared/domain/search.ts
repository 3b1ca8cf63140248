import { z } from 'zod';
import type { SourceIdSchema } from '../ids.ts';
import { SourceKindSchema } from './source.ts';
import type { SourceKind } from './sourceKinds.ts';
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

/** What a search found: the hits shown, how many sources match, and how the hits were chosen. */
export type SearchResults = {
  hits: SearchHit[];
  /** Sources that match, counted up to `rankLimit`: `matched > rankLimit` means "more than `rankLimit`". */
  matched: number;
  rankLimit: number;
  /**
   * 'relevance': every match was ranked and these are the best. 'title-then-newest': too many matched to rank in
   * good time, so these are the matches with the words in their title, then the rest, each newest first.
   */
  order: 'relevance' | 'title-then-newest';
};
