import type { Database } from 'better-sqlite3';
import { answerTypeFromLabel, type ChapterNode, type Consultation } from '../../shared/domain/theme.ts';
import type { ConsultationTemplate } from '../../shared/templates/consultationTemplate.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { insertTheme, listThemesWithCounts } from './repositories/themesRepository.ts';
import { getMeta, setMeta } from './repositories/projectMetaRepository.ts';

export function createThemesService(db: Database) {
  return {
    async getConsultation(): Promise<Consultation> {
      const themes = listThemesWithCounts(db);
      const chapters: ChapterNode[] = themes.filter((t) => t.parentId === null).map((c) => ({ ...c, questions: [] }));
      const byId = new Map(chapters.map((c) => [c.id, c]));
      for (const t of themes) {
        if (t.parentId !== null) byId.get(t.parentId)?.questions.push(t);
      }
      return {
        title: getMeta(db, 'consultation_title') ?? 'Untitled consultation',
        department: getMeta(db, 'consultation_department'),
        chapters,
      };
    },

    /** Loads a template's chapters and questions into an empty project, all or nothing. */
    async loadTemplate(template: ConsultationTemplate): Promise<void> {
      db.transaction(() => {
        const existing = db.prepare('SELECT count(*) AS n FROM themes').get() as { n: number };
        if (existing.n > 0) throw new AppError('conflict', 'This project already has a consultation.');
        setMeta(db, 'consultation_title', template.title);
        if (template.department) setMeta(db, 'consultation_department', template.department);
        const wordLimit = template.answer_word_limit ?? null;
        // Questions outside every chapter (Q22 "anything else?") get a closing group of their own.
        const groups: { number: number | null; title: string; summary?: string }[] = [...template.chapters];
        if (template.questions.some((q) => q.chapter === null)) groups.push({ number: null, title: 'Other questions' });
        groups.forEach((chapter, chapterIndex) => {
          const chapterId = insertTheme(db, {
            parentId: null,
            kind: 'chapter',
            number: chapter.number,
            title: chapter.title,
            verified: true,
            wordLimit: null,
            position: chapterIndex,
            summary: chapter.summary ?? null,
          });
          template.questions
            .filter((q) => q.chapter === chapter.number)
            .forEach((q, questionIndex) =>
              insertTheme(db, {
                parentId: chapterId,
                kind: 'question',
                number: q.number,
                title: q.text,
                verified: q.verified,
                wordLimit,
                position: questionIndex,
                topic: q.topic ?? null,
                answerType: answerTypeFromLabel(q.answer_type),
                // The chapter's summary gives a short question its context when matching quotes to it.
                summary: chapter.summary ?? null,
              }),
            );
        });
      })();
    },
  };
}
export type ThemesService = ReturnType<typeof createThemesService>;
