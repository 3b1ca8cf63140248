import { z } from 'zod';
import { SourceSummarySchema } from './source.ts';
import { QuoteFragmentSchema, QuoteSchema } from './quote.ts';
import { QuoteIdSchema } from '../ids.ts';
import { ReviewDecisionSchema } from './sourceVersion.ts';
import { SourceBlockSchema } from '../sources/sourceStructure.ts';

const OutcomeSchema = z.enum(['unchanged', 'changed', 'gone']);

/** One update of the source and what it did to each quote, with the user's decisions: the review history. */
const DeletedUpdateSchema = z
  .object({
    id: z.number().int().positive(),
    fromVersion: z.number().int().positive(),
    toVersion: z.number().int().positive(),
    updatedAt: z.string().max(100),
    reanchors: z
      .array(
        z
          .object({
            quoteId: QuoteIdSchema,
            outcome: OutcomeSchema,
            before: z
              .object({ version: z.number().int().positive(), fragments: z.array(QuoteFragmentSchema).max(10_000) })
              .strict(),
            proposed: z
              .array(
                z
                  .object({
                    outcome: OutcomeSchema,
                    start: z.number().int().nonnegative().nullable(),
                    end: z.number().int().nonnegative().nullable(),
                    text: z.string().nullable(),
                  })
                  .strict(),
              )
              .max(10_000)
              .nullable(),
            decision: ReviewDecisionSchema.nullable(),
            decidedAt: z.string().max(100).nullable(),
          })
          .strict(),
      )
      .max(100_000),
  })
  .strict();
export type DeletedUpdate = z.infer<typeof DeletedUpdateSchema>;

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
    updates: z.array(DeletedUpdateSchema).max(1000).optional(),
  })
  .strict();
export type DeletedSource = z.infer<typeof DeletedSourceSchema>;
