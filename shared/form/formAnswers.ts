import type { DocBlock } from '../draft/documentModel.ts';
import type { QuestionId } from '../ids.ts';
import { countWords } from '../draft/wordCount.ts';
import { evidenceSignals, type EvidenceSignals } from '../evidence/signals.ts';
import { BRIEF_WORDS } from '../readiness/readiness.ts';
import { formCounts } from './formCounts.ts';
import { answerEvidenceText, answerFormText, answerOwnText, type ReferenceFor } from './formText.ts';

export type FormStatus = 'answered' | 'brief' | 'unanswered' | 'skipped';

/** What the writer has said about a question's box in the form, kept beside the full answer in the draft. */
export type FormSettings = { skipped: boolean; shortText: string; characterLimit: number | null };

export const NO_FORM_SETTINGS: FormSettings = { skipped: false, shortText: '', characterLimit: null };

export type FormQuestion = {
  id: QuestionId;
  number: number | null;
  title: string;
  verified: boolean;
  wordLimit: number | null;
};

/** One question's box in the online form: exactly what would be pasted into it, and the form's counts. */
export type FormAnswer = {
  questionId: QuestionId;
  number: number | null;
  /** The question as the consultation words it (or, while `verified` is false, only its topic label). */
  title: string;
  verified: boolean;
  text: string;
  words: number;
  characters: number;
  wordLimit: number | null;
  characterLimit: number | null;
  overLimit: boolean;
  status: FormStatus;
  /** True when `text` is the writer's short (form-length) version rather than the full answer. */
  shortVersion: boolean;
  signals: EvidenceSignals;
};

export type FormAnswersInput = {
  questions: readonly FormQuestion[];
  /** Each question's full answer, as `answersByQuestion` reads it from the draft. */
  answers: ReadonlyMap<number, readonly DocBlock[]>;
  settings: ReadonlyMap<number, FormSettings>;
  referenceFor: ReferenceFor;
};

/** Quotations in a short version are in quotation marks; what is outside them is the writer's own. */
function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”/g, ' ');
}

/**
 * Every question's box in the form's order. The short version is used where there is one (the Word export keeps the
 * full answer); a question the writer chose not to answer sends nothing.
 */
export function formAnswers(input: FormAnswersInput): FormAnswer[] {
  return input.questions.map((q) => {
    const settings = input.settings.get(q.id) ?? NO_FORM_SETTINGS;
    const full = input.answers.get(q.id) ?? [];
    const shortVersion = !settings.skipped && settings.shortText.trim() !== '';
    const text = settings.skipped
      ? ''
      : shortVersion
        ? settings.shortText.trim()
        : answerFormText(full, input.referenceFor);
    const evidenceText = settings.skipped ? '' : shortVersion ? text : answerEvidenceText(full);
    const ownWords = countWords(shortVersion ? withoutQuotations(text) : answerOwnText(full));
    const counts = formCounts(text, { wordLimit: q.wordLimit, characterLimit: settings.characterLimit });
    const status: FormStatus = settings.skipped
      ? 'skipped'
      : text === '' && !full.some((b) => b.kind === 'position')
        ? 'unanswered'
        : ownWords < BRIEF_WORDS
          ? 'brief'
          : 'answered';
    return {
      questionId: q.id,
      number: q.number,
      title: q.title,
      verified: q.verified,
      text,
      ...counts,
      wordLimit: q.wordLimit,
      characterLimit: settings.characterLimit,
      status,
      shortVersion,
      signals: evidenceSignals(evidenceText),
    };
  });
}
