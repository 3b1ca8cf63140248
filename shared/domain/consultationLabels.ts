import type { ConsultationItem } from './consultation.ts';

// Kept apart from the schemas in consultation.ts so the window's first screen can name questions without zod.
export function questionLabel(question: Pick<ConsultationItem, 'number'>): string {
  return question.number === null ? 'Question' : `Question ${question.number}`;
}

export function chapterLabel(chapter: Pick<ConsultationItem, 'number' | 'title'>): string {
  return chapter.number === null ? chapter.title : `Chapter ${chapter.number}: ${chapter.title}`;
}
