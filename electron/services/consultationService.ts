import type { Database } from 'better-sqlite3';
import type { ChapterId, QuestionId } from '../../shared/ids.ts';
import type { ChapterNode, Consultation, ConsultationDetails } from '../../shared/domain/consultation.ts';
import { answerTypeFromLabel, type AnswerType } from '../../shared/domain/answerTypes.ts';
import type {
  ConsultationSnapshot,
  RemovedQuestion,
  ReplacedConsultation,
  StoredConsultationItem,
} from '../../shared/domain/consultationSnapshot.ts';
import type { ConsultationTemplate } from '../../shared/templates/consultationTemplate.ts';
import { AppError } from '../../shared/ipc/result.ts';
import {
  chapterExists,
  countExistingItems,
  countFilings,
  deleteAllItems,
  deleteItem,
  insertItem,
  listChapters,
  listFilings,
  listStoredItems,
  listItemsWithCounts,
  quotesFiledUnder,
  renumberChapters,
  renumberQuestions,
  restoreFilings,
  storedItem,
  setQuestionAnswer,
  setQuestionChapter,
  setItemPosition,
  siblingQuestions,
  updateChapterTitle,
  updateQuestionWording,
  usualWordLimit,
} from './repositories/consultationRepository.ts';
import { deleteMeta, getMeta, setMeta } from './repositories/projectMetaRepository.ts';
import { countOf, plural } from '../../shared/text/plural.ts';

const NO_QUESTION = 'That question is no longer in this consultation.';
const NO_CHAPTER = 'That chapter is no longer in this consultation.';

export function createConsultationService(db: Database) {
  function details(): ConsultationDetails {
    return {
      title: getMeta(db, 'consultation_title') ?? 'Untitled consultation',
      department: getMeta(db, 'consultation_department'),
      deadline: getMeta(db, 'consultation_deadline'),
    };
  }

  function writeDetails({ title, department, deadline }: ConsultationDetails): void {
    setMeta(db, 'consultation_title', title.trim());
    if (department?.trim()) setMeta(db, 'consultation_department', department.trim());
    else deleteMeta(db, 'consultation_department');
    if (deadline) setMeta(db, 'consultation_deadline', deadline);
    else deleteMeta(db, 'consultation_deadline');
  }

  /** Places a question at `index` in a chapter (its own or another), then numbers everything afresh. */
  function place(id: QuestionId, chapterId: ChapterId, index: number): void {
    const from = storedItem(db, id, 'question')?.parentId;
    if (!from) throw new AppError('not-found', NO_QUESTION);
    if (!chapterExists(db, chapterId)) throw new AppError('not-found', NO_CHAPTER);
    const order = siblingQuestions(db, chapterId)
      .map((q) => q.id)
      .filter((qid) => qid !== id);
    order.splice(Math.max(0, Math.min(index, order.length)), 0, id);
    setQuestionChapter(db, id, chapterId);
    // Positions are rewritten 0..n in both chapters so ties can never leave two questions in one place.
    order.forEach((qid, i) => setItemPosition(db, qid, i));
    if (from !== chapterId) siblingQuestions(db, from).forEach((q, i) => setItemPosition(db, q.id, i));
    renumberQuestions(db);
  }

  function snapshot(): ConsultationSnapshot {
    return { details: details(), themes: listStoredItems(db), filings: listFilings(db) };
  }

  const service = {
    async getConsultation(): Promise<Consultation> {
      const themes = listItemsWithCounts(db);
      // The table's rows without a parent are chapters, the rest their questions.
      const chapters: ChapterNode[] = themes
        .filter((t) => t.parentId === null)
        .map((c) => ({ ...c, id: c.id as ChapterId, questions: [] }));
      const byId = new Map(chapters.map((c) => [c.id, c]));
      for (const t of themes) {
        if (t.parentId === null) continue;
        const parentId = t.parentId as ChapterId;
        byId.get(parentId)?.questions.push({ ...t, id: t.id as QuestionId, parentId });
      }
      return { ...details(), chapters };
    },

    async setDetails(next: ConsultationDetails): Promise<Consultation> {
      writeDetails(next);
      return service.getConsultation();
    },

    /** A question's wording as the user has it; once edited it is theirs, no longer an unverified topic label. */
    async setQuestionWording(id: QuestionId, title: string): Promise<Consultation> {
      if (!updateQuestionWording(db, id, title.trim())) throw new AppError('not-found', NO_QUESTION);
      return service.getConsultation();
    },

    /** Adds a question at the end of a chapter; questions are then numbered afresh in reading order. */
    async addQuestion(chapterId: ChapterId, title: string, answerType: AnswerType): Promise<Consultation> {
      db.transaction(() => {
        if (!chapterExists(db, chapterId)) throw new AppError('not-found', NO_CHAPTER);
        const siblings = siblingQuestions(db, chapterId);
        insertItem(db, {
          parentId: chapterId,
          kind: 'question',
          number: null,
          title: title.trim(),
          verified: true,
          wordLimit: usualWordLimit(db),
          position: (siblings.at(-1)?.position ?? -1) + 1,
          answerType,
        });
        renumberQuestions(db);
      })();
      return service.getConsultation();
    },

    /**
     * Moves a question one place up or down. Past the top or bottom of its chapter it crosses into the
     * chapter before or after, so the keyboard can put a question anywhere, as dragging can.
     */
    async moveQuestion(id: QuestionId, direction: 'up' | 'down'): Promise<Consultation> {
      db.transaction(() => {
        // A question's parent is always a chapter.
        const chapterId = storedItem(db, id, 'question')?.parentId as ChapterId | null | undefined;
        if (!chapterId) throw new AppError('not-found', NO_QUESTION);
        const siblings = siblingQuestions(db, chapterId);
        const at = siblings.findIndex((q) => q.id === id);
        const target = at + (direction === 'up' ? -1 : 1);
        if (target >= 0 && target < siblings.length) return place(id, chapterId, target);
        const chapters = listChapters(db);
        const neighbour = chapters[chapters.findIndex((c) => c.id === chapterId) + (direction === 'up' ? -1 : 1)];
        if (!neighbour) return;
        place(id, neighbour.id as ChapterId, direction === 'up' ? Number.MAX_SAFE_INTEGER : 0);
      })();
      return service.getConsultation();
    },

    /** Puts a question at a place in a chapter (dragging it there). */
    async placeQuestion(id: QuestionId, chapterId: ChapterId, index: number): Promise<Consultation> {
      db.transaction(() => place(id, chapterId, index))();
      return service.getConsultation();
    },

    async setAnswerType(id: QuestionId, answerType: AnswerType, wordLimit: number | null): Promise<Consultation> {
      if (!setQuestionAnswer(db, id, answerType, wordLimit)) throw new AppError('not-found', NO_QUESTION);
      return service.getConsultation();
    },

    /** A new chapter after the numbered ones (before a closing "Other questions" group). */
    async addChapter(title: string): Promise<Consultation> {
      db.transaction(() => {
        const chapters = listChapters(db);
        const closing = chapters.findIndex((c) => c.number === null);
        const position = closing < 0 ? chapters.length : closing;
        chapters.slice(position).forEach((c, i) => setItemPosition(db, c.id, position + 1 + i));
        insertItem(db, {
          parentId: null,
          kind: 'chapter',
          number: 0,
          title: title.trim(),
          verified: true,
          wordLimit: null,
          position,
        });
        renumberChapters(db);
      })();
      return service.getConsultation();
    },

    async renameChapter(id: ChapterId, title: string): Promise<Consultation> {
      if (!updateChapterTitle(db, id, title.trim())) throw new AppError('not-found', NO_CHAPTER);
      return service.getConsultation();
    },

    /** Removes an empty chapter; one with questions is refused, so no question goes with it unseen. */
    async removeChapter(id: ChapterId): Promise<{ removed: StoredConsultationItem; consultation: Consultation }> {
      const removed = db.transaction(() => {
        const chapter = storedItem(db, id, 'chapter');
        if (!chapter) throw new AppError('not-found', NO_CHAPTER);
        const questions = siblingQuestions(db, id).length;
        if (questions > 0) {
          throw new AppError(
            'conflict',
            `"${chapter.title}" still has ${countOf(questions, 'question')}; move or remove ${plural(questions, 'it', 'them')} first.`,
          );
        }
        deleteItem(db, id);
        renumberChapters(db);
        return chapter;
      })();
      return { removed, consultation: await service.getConsultation() };
    },

    /** Undoes removeChapter: the same row (id, title, summary) in the same place. */
    async restoreChapter(chapter: StoredConsultationItem): Promise<Consultation> {
      db.transaction(() => {
        if (countExistingItems(db, [chapter.id]) > 0)
          throw new AppError('conflict', 'That chapter is already in this consultation.');
        const chapters = listChapters(db);
        chapters.slice(chapter.position).forEach((c, i) => setItemPosition(db, c.id, chapter.position + 1 + i));
        insertItem(db, { ...chapter, kind: 'chapter', parentId: null });
        renumberChapters(db);
      })();
      return service.getConsultation();
    },

    /**
     * Removes a question. Its quotes stay in the project but are no longer filed under it; what was removed
     * is returned so the user can undo.
     */
    async removeQuestion(id: QuestionId): Promise<RemovedQuestion> {
      return db.transaction(() => {
        const question = storedItem(db, id, 'question');
        if (!question) throw new AppError('not-found', NO_QUESTION);
        const quoteIds = quotesFiledUnder(db, id);
        deleteItem(db, id);
        renumberQuestions(db);
        return { question, quoteIds };
      })();
    },

    /** Undoes removeQuestion: the same row (id, place, wording, topic) and filed quotes. */
    async restoreQuestion(removed: RemovedQuestion): Promise<Consultation> {
      db.transaction(() => {
        const { question } = removed;
        if (countExistingItems(db, [question.id]) > 0)
          throw new AppError('conflict', 'That question is already in this consultation.');
        if (!question.parentId || !chapterExists(db, question.parentId)) {
          throw new AppError(
            'not-found',
            'The question cannot come back: its chapter is no longer in this consultation.',
          );
        }
        insertItem(db, { ...question, kind: 'question' });
        restoreFilings(
          db,
          removed.quoteIds.map((quoteId) => [quoteId, question.id]),
        );
        renumberQuestions(db);
      })();
      return service.getConsultation();
    },

    /** The project's consultation in the template format, to share or to start another project from. */
    async exportTemplate(): Promise<ConsultationTemplate> {
      const consultation = await service.getConsultation();
      const summaries = new Map(listStoredItems(db).map((t) => [t.id as number, t]));
      const chapters = consultation.chapters.filter((c) => c.number !== null);
      const labels = {
        open: 'open text',
        'agree-scale': 'agree/disagree scale',
        'yes-no': 'yes/no with reasons',
      } as const;
      return {
        id: 'exported',
        title: consultation.title,
        ...(consultation.department ? { department: consultation.department } : {}),
        ...(consultation.deadline ? { deadline: consultation.deadline } : {}),
        chapters: chapters.map((c) => {
          const summary = summaries.get(c.id)?.summary;
          return { number: c.number!, title: c.title, ...(summary ? { summary } : {}) };
        }),
        questions: consultation.chapters.flatMap((c) =>
          c.questions.map((q) => {
            const topic = summaries.get(q.id)?.topic;
            return {
              number: q.number ?? 0,
              chapter: c.number,
              text: q.title,
              verified: q.verified,
              answer_type: labels[q.answerType],
              ...(topic ? { topic } : {}),
              ...(q.wordLimit ? { word_limit: q.wordLimit } : {}),
            };
          }),
        ),
      };
    },

    /**
     * Replaces the project's consultation with another, all or nothing. Quotes filed under the current
     * questions are refused unless `unfileQuotes` (the app asks first, and can undo); the command line refuses,
     * so no evidence is cut loose without the user knowing. Returns what was there before, for undo.
     */
    async replaceWithTemplate(
      template: ConsultationTemplate,
      options: { unfileQuotes?: boolean } = {},
    ): Promise<ReplacedConsultation> {
      const previous = db.transaction(() => {
        const before = snapshot();
        const filed = countFilings(db);
        if (filed > 0 && !options.unfileQuotes) {
          throw new AppError(
            'conflict',
            `${countOf(filed, 'quote')} ${plural(filed, 'is', 'are')} filed under the current questions; move ${plural(filed, 'it', 'them')} before replacing the consultation.`,
          );
        }
        deleteAllItems(db);
        insertTemplate(template);
        return before;
      })();
      return { consultation: await service.getConsultation(), previous };
    },

    /** Undoes replaceWithTemplate exactly: the same questions, ids, wording and filed quotes. */
    async restoreSnapshot(previous: ConsultationSnapshot): Promise<Consultation> {
      db.transaction(() => {
        deleteAllItems(db);
        // Chapters first, so every question's chapter is there when it goes in.
        for (const theme of [...previous.themes].sort(
          (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
        ))
          insertItem(db, theme);
        restoreFilings(db, previous.filings);
        writeDetails(previous.details);
      })();
      return service.getConsultation();
    },

    /** Loads a template's chapters and questions into an empty project, all or nothing. */
    async loadTemplate(template: ConsultationTemplate): Promise<void> {
      db.transaction(() => {
        if (listChapters(db).length > 0) throw new AppError('conflict', 'This project already has a consultation.');
        insertTemplate(template);
      })();
    },
  };

  /** Writes a template's details, chapters and questions; the caller holds the transaction. */
  function insertTemplate(template: ConsultationTemplate): void {
    writeDetails({
      title: template.title,
      department: template.department ?? null,
      deadline: template.deadline ?? null,
    });
    const wordLimit = template.answer_word_limit ?? null;
    // Questions outside every chapter (Q22 "anything else?") get a closing group of their own.
    const groups: { number: number | null; title: string; summary?: string }[] = [...template.chapters];
    if (template.questions.some((q) => q.chapter === null)) groups.push({ number: null, title: 'Other questions' });
    groups.forEach((chapter, chapterIndex) => {
      const chapterId = insertItem(db, {
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
          insertItem(db, {
            parentId: chapterId,
            kind: 'question',
            number: q.number,
            title: q.text,
            verified: q.verified,
            wordLimit: q.word_limit ?? wordLimit,
            position: questionIndex,
            topic: q.topic ?? null,
            answerType: answerTypeFromLabel(q.answer_type),
            // The chapter's summary gives a short question its context when matching quotes to it.
            summary: chapter.summary ?? null,
          }),
        );
    });
    // A template's own numbering may have gaps; the app's questions are 1, 2, 3… in reading order.
    renumberQuestions(db);
  }
  return service;
}
export type ConsultationService = ReturnType<typeof createConsultationService>;
