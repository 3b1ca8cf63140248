import type { Database } from 'better-sqlite3';
import type { QuestionId } from '../../shared/ids.ts';
import { NO_FORM_SETTINGS, type FormSettings } from '../../shared/form/formAnswers.ts';
import type { UnansweredChoice } from '../../shared/draft/sendable.ts';
import { buildFtsQuery, parseQuery, type SnippetPart } from '../../shared/search/ftsQuery.ts';
import { makeSnippet } from '../../shared/search/snippet.ts';
import { AppError } from '../../shared/ipc/result.ts';
import type { FormSettingsChange, QuestionFormSettings } from '../../shared/ipc/contract.ts';
import {
  findFormSettings,
  listFormSettings,
  searchShortVersions,
  upsertFormSettings,
} from './repositories/formAnswersRepository.ts';
import { getMeta, setMeta } from './repositories/projectMetaRepository.ts';
import type { ConsultationService } from './consultationService.ts';
import { createPrefixWords } from './searchPrefixes.ts';

export type ShortVersionHit = { questionId: QuestionId; snippet: SnippetPart[] };

/**
 * What the writer decides about each question's box in the online form (not answering it, a short version, the
 * form's character limit) and, for the Word export, whether unanswered questions are left out or marked.
 */
export function createFormSettingsService(
  db: Database,
  consultationService: ConsultationService,
  now: () => Date = () => new Date(),
) {
  // Short versions are indexed with the same stemmer as sources, so a prefix needs the same help (educat* → education).
  const prefixWords = createPrefixWords(db);
  async function assertQuestion(questionId: QuestionId): Promise<void> {
    const consultation = await consultationService.getConsultation();
    if (!consultation.chapters.some((c) => c.questions.some((q) => q.id === questionId)))
      throw new AppError('not-found', 'That question is no longer in the consultation.');
  }

  /** Changes one question's settings; gives back what they were, so the change can be undone by setting them back. */
  async function change(questionId: QuestionId, edit: (s: FormSettings) => FormSettings): Promise<FormSettingsChange> {
    await assertQuestion(questionId);
    const previous = findFormSettings(db, questionId) ?? NO_FORM_SETTINGS;
    const next = edit(previous);
    upsertFormSettings(db, questionId, next, now().toISOString());
    return { previous: { ...previous, questionId }, settings: { ...next, questionId } };
  }

  return {
    async list(): Promise<QuestionFormSettings[]> {
      return [...listFormSettings(db)].map(([questionId, s]) => ({ ...s, questionId: questionId as QuestionId }));
    },

    async get(questionId: QuestionId): Promise<QuestionFormSettings> {
      return { ...(findFormSettings(db, questionId) ?? NO_FORM_SETTINGS), questionId };
    },

    /** Marks a question "not answering" (or answering again); its draft answer is kept either way. */
    setSkipped(questionId: QuestionId, skipped: boolean) {
      return change(questionId, (s) => ({ ...s, skipped }));
    },

    /** Saves the short (form-length) version; an empty one means the form uses the full answer again. */
    setShortVersion(questionId: QuestionId, text: string) {
      return change(questionId, (s) => ({ ...s, shortText: text.replace(/\r\n?/g, '\n') }));
    },

    /** The character limit the form's owner set on this question's box; null for none (the form's own cap applies). */
    setCharacterLimit(questionId: QuestionId, characterLimit: number | null) {
      return change(questionId, (s) => ({ ...s, characterLimit }));
    },

    /** Short versions that contain what was typed, best first, each with an extract and the hits marked. */
    async searchShortVersions(query: string, limit = 50): Promise<ShortVersionHit[]> {
      const fts = buildFtsQuery(query, prefixWords);
      if (!fts) return [];
      const terms = parseQuery(query);
      return searchShortVersions(db, fts, limit).map((hit) => ({
        questionId: hit.questionId as QuestionId,
        snippet: makeSnippet(hit.shortText, terms).parts,
      }));
    },

    /** The export's choice for unanswered questions, as last chosen in this project; left out until chosen. */
    unansweredChoice(): UnansweredChoice {
      return getMeta(db, 'unanswered_choice') === 'mark' ? 'mark' : 'omit';
    },

    setUnansweredChoice(choice: UnansweredChoice): UnansweredChoice {
      setMeta(db, 'unanswered_choice', choice);
      return choice;
    },
  };
}
export type FormSettingsService = ReturnType<typeof createFormSettingsService>;
