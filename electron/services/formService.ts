import type { Database } from 'better-sqlite3';
import type { SourceId, QuestionId } from '../../shared/ids.ts';
import { answersByQuestion, draftToDocument, type DocBlock } from '../../shared/draft/documentModel.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { formAnswers, type FormAnswer } from '../../shared/form/formAnswers.ts';
import { answerFormText, type ReferenceFor } from '../../shared/form/formText.ts';
import { inlineReference } from '../../shared/form/inlineReference.ts';
import { AppError } from '../../shared/ipc/result.ts';
import type { DraftsService } from './draftsService.ts';
import type { ConsultationService } from './consultationService.ts';
import { listFormSettings } from './repositories/formAnswersRepository.ts';
import { findSourcesByIds } from './repositories/sourcesRepository.ts';

/** The response as the online form receives it: each question's copy-ready text, its counts and its evidence. */
export function createFormService(db: Database, drafts: DraftsService, consultationService: ConsultationService) {
  async function read() {
    const consultation = await consultationService.getConsultation();
    const draft = await drafts.get();
    const { blocks } = draftToDocument(draft.content ?? initialDraftState(consultation), '', null);
    return { questions: consultation.chapters.flatMap((c) => c.questions), answers: answersByQuestion(blocks), blocks };
  }

  /** Quotations are referenced by their source as it is recorded now; a deleted source keeps the saved citation. */
  function referencesFor(blocks: readonly DocBlock[]): ReferenceFor {
    const ids = [...new Set(blocks.flatMap((b) => (b.kind === 'quote' ? [b.sourceId] : [])))];
    const sources = new Map(findSourcesByIds(db, ids).map((s) => [s.id as number, s]));
    return (sourceId: SourceId, fallback: string) => {
      const source = sources.get(sourceId);
      return source ? inlineReference(source) : fallback;
    };
  }

  return {
    /** Every question in the form's order; the short version where there is one. */
    async answers(): Promise<FormAnswer[]> {
      const { questions, answers, blocks } = await read();
      return formAnswers({ questions, answers, settings: listFormSettings(db), referenceFor: referencesFor(blocks) });
    },

    /** The full answer as form text: where a short version starts from. */
    async fullText(questionId: QuestionId): Promise<string> {
      const { questions, answers, blocks } = await read();
      if (!questions.some((q) => q.id === questionId))
        throw new AppError('not-found', 'That question is no longer in the consultation.');
      return answerFormText(answers.get(questionId) ?? [], referencesFor(blocks));
    },
  };
}
export type FormService = ReturnType<typeof createFormService>;
