import { z } from 'zod';
import { SourceSummarySchema } from './source.ts';
import { QuoteSchema } from './quote.ts';
import { SourceBlockSchema } from '../sources/sourceStructure.ts';

/** Everything a deleted source took with it, so the delete can be undone exactly (checked again before anything is stored). */
export const DeletedSourceSchema = z
  .object({
    source: SourceSummarySchema.extend({
      text: z.string().max(50_000_000),
      blocks: z.array(SourceBlockSchema).max(2_000_000),
      format: z.enum(['txt', 'md', 'html', 'docx', 'pdf']),
      fileName: z.string().max(1000).nullable(),
    }).strict(),
    quotes: z.array(QuoteSchema).max(100_000),
    /** A source updated from new versions: every version kept, and which one is current. */
    versions: z
      .array(
        z
          .object({
            version: z.number().int().positive(),
            text: z.string().max(50_000_000),
            blocks: z.array(SourceBlockSchema).max(2_000_000),
            contentHash: z.string().max(200),
            format: z.string().max(20),
            fileName: z.string().max(1000).nullable(),
            dated: z.iso.date().nullable(),
            addedAt: z.string().max(100),
          })
          .strict(),
      )
      .max(1000)
      .optional(),
    currentVersion: z.number().int().positive().optional(),
  })
  .strict();
export type DeletedSource = z.infer<typeof DeletedSourceSchema>;
