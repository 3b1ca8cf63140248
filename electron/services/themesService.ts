import type { Database } from 'better-sqlite3';
import type { ThemeId } from '../../shared/ids.ts';
import { answerTypeFromLabel, type AnswerType, type ChapterNode, type Consultation, type RemovedQuestion } from '../../shared/domain/theme.ts';
import type { ConsultationTemplate } from '../../shared/templates/consultationTemplate.ts';
import { AppError } from '../../shared/ipc/result.ts';
import {
  deleteTheme,
  insertTheme,
  listThemesWithCounts,
  questionRow,
  renumberQuestions,
  setQuestionAnswer,
  setThemePosition,
  siblingQuestions,
  updateQuestionWording,
} from './repositories/themesRepository.ts';
import { getMeta, setMeta } from './repositories/projectMetaRepository.ts';

export function createThemesService(db: Database) {
  const service = {
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

    /** A question's wording as the user has it; once edited it is theirs, no longer an unverified topic label. */
    async setQuestionWording(id: ThemeId, title: string): Promise<Consultation> {
      if (!updateQuestionWording(db, id, title.trim())) throw new AppError('not-found', 'That question is no longer in this consultation.');
      return service.getConsultation();
    },

    /** Adds a question at the end of a chapter; questions are then numbered afresh in reading order. */
    async addQuestion(chapterId: ThemeId, title: string, answerType: AnswerType): Promise<Consultation> {
      db.transaction(() => {
        const chapter = db.prepare("SELECT id FROM themes WHERE id = ? AND kind = 'chapter'").get(chapterId);
        if (!chapter) throw new AppError('not-found', 'That chapter is no longer in this consultation.');
        const siblings = siblingQuestions(db, chapterId);
        const limit = db.prepare("SELECT max(word_limit) AS w FROM themes WHERE kind = 'question'").get() as { w: number | null };
        insertTheme(db, {
          parentId: chapterId,
          kind: 'question',
          number: null,
          title: title.trim(),
          verified: true,
          wordLimit: limit.w,
          position: (siblings.at(-1)?.position ?? -1) + 1,
          answerType,
        });
        renumberQuestions(db);
      })();
      return service.getConsultation();
    },

    /** Moves a question one place up or down within its chapter. */
    async moveQuestion(id: ThemeId, direction: 'up' | 'down'): Promise<Consultation> {
      db.transaction(() => {
        const row = questionRow(db, id);
        if (!row) throw new AppError('not-found', 'That question is no longer in this consultation.');
        const siblings = siblingQuestions(db, row.parent_id);
        const at = siblings.findIndex((q) => q.id === id);
        const other = siblings[direction === 'up' ? at - 1 : at + 1];
        if (!other) return;
        // Positions are rewritten 0..n so ties can never leave two questions in the same place.
        const order = siblings.map((q) => q.id);
        [order[at], order[order.indexOf(other.id)]] = [other.id, id];
        order.forEach((qid, i) => setThemePosition(db, qid, i));
        renumberQuestions(db);
      })();
      return service.getConsultation();
    },

    async setAnswerType(id: ThemeId, answerType: AnswerType, wordLimit: number | null): Promise<Consultation> {
      if (!setQuestionAnswer(db, id, answerType, wordLimit)) throw new AppError('not-found', 'That question is no longer in this consultation.');
      return service.getConsultation();
    },

    /**
     * Removes a question. Its quotes stay in the project but are no longer filed under it; what was removed
     * is returned so the user can undo.
     */
    async removeQuestion(id: ThemeId): Promise<RemovedQuestion> {
      return db.transaction(() => {
        const question = listThemesWithCounts(db).find((t) => t.id === id && t.kind === 'question');
        if (!question) throw new AppError('not-found', 'That question is no longer in this consultation.');
        const quoteIds = (db.prepare('SELECT quote_id FROM quote_themes WHERE theme_id = ?').all(id) as { quote_id: number }[]).map((r) => r.quote_id);
        deleteTheme(db, id);
        renumberQuestions(db);
        return { question, quoteIds };
      })();
    },

    /** Undoes removeQuestion: the same id, place, wording and filed quotes. */
    async restoreQuestion(removed: RemovedQuestion): Promise<Consultation> {
      db.transaction(() => {
        const { question } = removed;
        if (listThemesWithCounts(db).some((t) => t.id === question.id)) throw new AppError('conflict', 'That question is already in this consultation.');
        if (!question.parentId || !db.prepare("SELECT id FROM themes WHERE id = ? AND kind = 'chapter'").get(question.parentId)) {
          throw new AppError('not-found', 'The question cannot come back: its chapter is no longer in this consultation.');
        }
        db.prepare(
          `INSERT INTO themes (id, parent_id, kind, number, title, verified, word_limit, position, answer_type)
           VALUES (?, ?, 'question', ?, ?, ?, ?, ?, ?)`,
        ).run(question.id, question.parentId, question.number, question.title, question.verified ? 1 : 0, question.wordLimit, question.position, question.answerType);
        const file = db.prepare('INSERT OR IGNORE INTO quote_themes (quote_id, theme_id) SELECT id, ? FROM quotes WHERE id = ?');
        for (const quoteId of removed.quoteIds) file.run(question.id, quoteId);
        renumberQuestions(db);
      })();
      return service.getConsultation();
    },

    /** The project's consultation in the template format, to share or to start another project from. */
    async exportTemplate(): Promise<ConsultationTemplate> {
      const consultation = await service.getConsultation();
      const chapters = consultation.chapters.filter((c) => c.number !== null);
      const labels = { open: 'open text', 'agree-scale': 'agree/disagree scale', 'yes-no': 'yes/no with reasons' } as const;
      const limits = consultation.chapters.flatMap((c) => c.questions.map((q) => q.wordLimit)).filter((n): n is number => n !== null);
      return {
        id: 'exported',
        title: consultation.title,
        ...(consultation.department ? { department: consultation.department } : {}),
        ...(limits[0] ? { answer_word_limit: limits[0] } : {}),
        chapters: chapters.map((c) => ({ number: c.number!, title: c.title })),
        questions: consultation.chapters.flatMap((c) =>
          c.questions.map((q) => ({
            number: q.number ?? 0,
            chapter: c.number,
            text: q.title,
            verified: q.verified,
            answer_type: labels[q.answerType],
          })),
        ),
      };
    },

    /**
     * Replaces the project's consultation with another, all or nothing. Refused while quotes are filed
     * under the current questions, so no evidence is cut loose without the user knowing.
     */
    async replaceWithTemplate(template: ConsultationTemplate): Promise<void> {
      db.transaction(() => {
        const filed = db.prepare('SELECT count(*) AS n FROM quote_themes').get() as { n: number };
        if (filed.n > 0) {
          throw new AppError('conflict', `${filed.n} quote(s) are filed under the current questions; move them before replacing the consultation.`);
        }
        db.prepare('DELETE FROM themes').run();
        insertTemplate(template);
      })();
    },

    /** Loads a template's chapters and questions into an empty project, all or nothing. */
    async loadTemplate(template: ConsultationTemplate): Promise<void> {
      db.transaction(() => {
        const existing = db.prepare('SELECT count(*) AS n FROM themes').get() as { n: number };
        if (existing.n > 0) throw new AppError('conflict', 'This project already has a consultation.');
        insertTemplate(template);
      })();
    },
  };

  /** Writes a template's chapters and questions; the caller holds the transaction. */
  function insertTemplate(template: ConsultationTemplate): void {
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
  }
  return service;
}
export type ThemesService = ReturnType<typeof createThemesService>;
