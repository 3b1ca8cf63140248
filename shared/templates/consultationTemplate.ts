import { z } from 'zod';

/** The shape of resources/templates/send-green-paper-2022.json (and any consultation a user imports). */
export const ConsultationTemplateSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  department: z.string().optional(),
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
    }),
  ),
});
export type ConsultationTemplate = z.infer<typeof ConsultationTemplateSchema>;
