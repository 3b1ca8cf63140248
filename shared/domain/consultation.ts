import { z } from 'zod';
import { ChapterOrQuestionIdSchema, type ChapterId, type QuestionId } from '../ids.ts';
import { ANSWER_TYPES } from './answerTypes.ts';

export const ConsultationItemKindSchema = z.enum(['chapter', 'question']);
export type ConsultationItemKind = z.infer<typeof ConsultationItemKindSchema>;

export const AnswerTypeSchema = z.enum(ANSWER_TYPES);

export const ConsultationItemSchema = z.object({
  id: ChapterOrQuestionIdSchema,
  parentId: ChapterOrQuestionIdSchema.nullable(),
  kind: ConsultationItemKindSchema,
  number: z.number().int().nullable(),
  title: z.string(),
  /** False while `title` is only a topic label, not the consultation's own wording. */
  verified: z.boolean(),
  wordLimit: z.number().int().positive().nullable(),
  position: z.number().int(),
  answerType: AnswerTypeSchema,
});
export type ConsultationItem = z.infer<typeof ConsultationItemSchema>;

export type ConsultationItemWithCount = ConsultationItem & { quoteCount: number };

/** A question as the consultation lists it: in its chapter (`parentId`), with how many quotes it has. */
export type QuestionNode = Omit<ConsultationItemWithCount, 'id' | 'parentId'> & { id: QuestionId; parentId: ChapterId };

export type ChapterNode = Omit<ConsultationItemWithCount, 'id'> & { id: ChapterId; questions: QuestionNode[] };

/** What the consultation is and when responses are due; shown in the app and the response's title block. */
export const ConsultationDetailsSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    department: z.string().trim().max(500).nullable(),
    /** The closing date, YYYY-MM-DD. */
    deadline: z.iso.date().nullable(),
  })
  .strict();
export type ConsultationDetails = z.infer<typeof ConsultationDetailsSchema>;

export type Consultation = ConsultationDetails & { chapters: ChapterNode[] };
