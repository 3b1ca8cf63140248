import { z } from 'zod';
import { SourceIdSchema } from '../ids.ts';
import type { SourceBlock } from '../sources/sourceStructure.ts';
import { SOURCE_KINDS } from './sourceKinds.ts';

export const SourceKindSchema = z.enum(SOURCE_KINDS);

/** What the user can say about a source; the text itself never changes after import. */
export const SourceMetadataSchema = z.object({
  title: z.string().trim().min(1).max(500),
  author: z.string().max(500).nullable(),
  publishedOn: z.iso.date().nullable(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  kind: SourceKindSchema,
});
export type SourceMetadata = z.infer<typeof SourceMetadataSchema>;

export const SourceSummarySchema = SourceMetadataSchema.extend({
  id: SourceIdSchema,
  length: z.number().int().nonnegative(),
  importedAt: z.string(),
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

/** A source as the reader shows it: its current version's text and structure, and which version that is. */
export type Source = SourceSummary & { text: string; blocks: SourceBlock[]; currentVersion: number };
