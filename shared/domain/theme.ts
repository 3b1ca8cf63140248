import { z } from 'zod';
import { ThemeIdSchema } from '../ids.ts';

export const ThemeKindSchema = z.enum(['chapter', 'question']);
export type ThemeKind = z.infer<typeof ThemeKindSchema>;

export const ThemeSchema = z.object({
  id: ThemeIdSchema,
  parentId: ThemeIdSchema.nullable(),
  kind: ThemeKindSchema,
  number: z.number().int().nullable(),
  title: z.string(),
  /** False while `title` is only a topic label, not the consultation's own wording. */
  verified: z.boolean(),
  wordLimit: z.number().int().positive().nullable(),
  position: z.number().int(),
});
export type Theme = z.infer<typeof ThemeSchema>;

export type ThemeWithCount = Theme & { quoteCount: number };

export type ChapterNode = ThemeWithCount & { questions: ThemeWithCount[] };

export type Consultation = {
  title: string;
  department: string | null;
  chapters: ChapterNode[];
};

export function questionLabel(theme: Pick<Theme, 'number'>): string {
  return theme.number === null ? 'Question' : `Question ${theme.number}`;
}

export function chapterLabel(chapter: Pick<Theme, 'number' | 'title'>): string {
  return chapter.number === null ? chapter.title : `Chapter ${chapter.number}: ${chapter.title}`;
}
