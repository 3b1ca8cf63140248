import { z } from 'zod';

/** The shape of resources/templates/send-green-paper-2022.json (and any consultation a user imports). */
export const ConsultationTemplateSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  department: z.string().optional(),
  /** The closing date for responses, YYYY-MM-DD. */
  deadline: z.iso.date().optional(),
  answer_word_limit: z.number().int().positive().optional(),
  chapters: z.array(z.object({ number: z.number().int(), title: z.string().min(1), summary: z.string().optional() })),
  questions: z.array(
    z.object({
      number: z.number().int(),
      /** null: a closing question that belongs to no chapter, e.g. "anything else?" */
      chapter: z.number().int().nullable(),
      text: z.string().min(1),
      verified: z.boolean().default(true),
      topic: z.string().optional(),
      answer_type: z.string().optional(),
      /** This question's own limit; otherwise answer_word_limit applies. */
      word_limit: z.number().int().positive().max(100_000).optional(),
    }),
  ),
});
export type ConsultationTemplate = z.infer<typeof ConsultationTemplateSchema>;
