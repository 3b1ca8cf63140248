import { z } from 'zod';
import { ConsultationDetailsSchema, ConsultationItemSchema, type Consultation } from './consultation.ts';

/** A chapter or question row as stored, its topic and summary included, so putting it back is exact. */
export const StoredConsultationItemSchema = ConsultationItemSchema.extend({
  topic: z.string().nullable(),
  summary: z.string().nullable(),
}).strict();
export type StoredConsultationItem = z.infer<typeof StoredConsultationItemSchema>;

/** What removing a question took away, so it can be put back: its stored row (topic included) and filed quotes. */
export const RemovedQuestionSchema = z
  .object({
    question: StoredConsultationItemSchema,
    quoteIds: z.array(z.number().int().positive()).max(100_000),
  })
  .strict();
export type RemovedQuestion = z.infer<typeof RemovedQuestionSchema>;

/** Everything a consultation is, rows and ids included, so replacing it can be undone exactly. */
export const ConsultationSnapshotSchema = z
  .object({
    details: ConsultationDetailsSchema,
    themes: z.array(StoredConsultationItemSchema).max(5000),
    /** [quote id, theme id]: which quotes were filed under which questions. */
    filings: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).max(1_000_000),
  })
  .strict();
export type ConsultationSnapshot = z.infer<typeof ConsultationSnapshotSchema>;

export type ReplacedConsultation = { consultation: Consultation; previous: ConsultationSnapshot };

/** A consultation shipped with the app, offered when starting again. */
export type TemplateSummary = { id: string; title: string; questions: number };
