import { z } from 'zod';
import type { ConsultationTemplate } from './consultationTemplate.ts';

/** The shape of send-review-key-areas.json: named sets of themes rather than numbered questions. */
export const ThemeSetFileSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  themeSets: z
    .array(
      z.object({
        id: z.string(),
        title: z.string().min(1),
        themes: z.array(
          z.object({
            number: z.number().int(),
            title: z.string().min(1),
            description: z.string().optional(),
            children: z.array(z.string()).optional(),
          }),
        ),
      }),
    )
    .min(1),
});

/** Each set becomes a chapter and each theme a question, numbered on through the sets. */
export function themeSetsToTemplate(file: z.infer<typeof ThemeSetFileSchema>): ConsultationTemplate {
  let number = 0;
  return {
    id: file.id,
    title: file.title,
    chapters: file.themeSets.map((set, i) => ({ number: i + 1, title: set.title })),
    questions: file.themeSets.flatMap((set, i) =>
      set.themes.map((theme) => ({
        number: ++number,
        chapter: i + 1,
        text: theme.title,
        verified: true,
        topic: [theme.description, theme.children?.join('; ')].filter(Boolean).join(' ') || undefined,
        answer_type: 'open text',
      })),
    ),
  };
}
