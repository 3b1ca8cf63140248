import { answersByQuestion, isEmptyPart, type DocBlock } from '../draft/documentModel.ts';
import { countWords } from '../draft/wordCount.ts';
import { ABOUT_US, OTHER_COMMENTS, RECOMMENDATIONS, SUMMARY } from '../draft/initialDraft.ts';
import type { Signal } from '../evidence/signals.ts';
import type { FormStatus } from '../form/formAnswers.ts';
import type { AnswerType } from '../domain/answerTypes.ts';

/** An answer under this many words is probably a placeholder or a first thought, not a response. */
export const BRIEF_WORDS = 30;

export type ReadinessProblem =
  | 'unanswered'
  | 'brief'
  | 'over-limit'
  | 'skipped'
  | 'unverified-wording'
  | 'no-position'
  | 'quote-mismatch'
  | 'no-evidence'
  | 'missing-respondent'
  | 'empty-part';

/**
 * One thing to put right before sending; `question` is the question's number as shown, null for the whole response.
 * `questionId` (the question's id) and `quoteIds` (the quotes that no longer match) say where to go to put it right.
 */
export type ReadinessItem = {
  question: string | null;
  problem: ReadinessProblem;
  detail?: string;
  questionId?: number;
  quoteIds?: number[];
};

export type Readiness = { problems: ReadinessItem[]; closingDate: string | null; daysLeft: number | null };

/** Each question's state and the evidence signals its answer (as the form gets it) carries. */
export type ReadinessAnswer = { question: string; status: FormStatus; signals: Record<Signal, boolean> };

/** The readiness check as the app and `workbench check --readiness` report it. */
export type ReadinessReport = Readiness & { answers: ReadinessAnswer[] };

export type ReadinessInput = {
  /** The draft as the document model reads it, before anything is left out for sending. */
  blocks: readonly DocBlock[];
  questions: readonly {
    id: number;
    number: number | null;
    verified: boolean;
    wordLimit: number | null;
    /** An agree/disagree or yes/no question wants a position chosen as well as words; open by default. */
    answerType?: AnswerType;
  }[];
  /** Quotes whose stored text no longer matches their source (the integrity check's findings). */
  mismatchedQuoteIds: ReadonlySet<number>;
  respondent: { organisation: string; contactName: string; contactEmail: string };
  closingDate: string | null;
  /** Today, YYYY-MM-DD, passed in so the check is the same whenever it is run. */
  today: string;
  /**
   * What each question sends to the online form, by question id: a question the writer chose not to answer is
   * only "skipped", and the form's limits are checked on the text the form gets (the short version, if any).
   */
  form?: ReadonlyMap<number, { skipped: boolean; overLimit: boolean }>;
};

const OPTIONAL_PARTS = new Set([ABOUT_US, SUMMARY, OTHER_COMMENTS, RECOMMENDATIONS]);

function blockText(block: DocBlock): string {
  if (block.kind === 'paragraph') return block.runs.map((r) => r.text).join('');
  if (block.kind === 'list') return block.items.map((item) => item.map((r) => r.text).join('')).join('\n');
  if (block.kind === 'quote') return block.text;
  return '';
}

function questionProblems(
  answer: readonly DocBlock[],
  q: ReadinessInput['questions'][number],
  mismatched: ReadonlySet<number>,
  form: { skipped: boolean; overLimit: boolean } | undefined,
): ReadinessItem[] {
  const item = (problem: ReadinessProblem): ReadinessItem => ({
    question: q.number === null ? '' : String(q.number),
    problem,
    questionId: q.id,
  });
  if (form?.skipped) return [item('skipped')];
  const problems: ReadinessItem[] = q.verified ? [] : [item('unverified-wording')];
  if (answer.length === 0) return [item('unanswered'), ...problems];
  // Words under an agree/disagree or yes/no question, but its position still "Not chosen yet": the form's choice is blank.
  if ((q.answerType ?? 'open') !== 'open' && !answer.some((b) => b.kind === 'position'))
    problems.push(item('no-position'));
  // A chosen position alone answers the question's box but says nothing; it still counts as words written.
  const ownWords = countWords(
    answer
      .filter((b) => b.kind !== 'quote')
      .map(blockText)
      .join(' '),
  );
  const allWords = countWords(answer.map(blockText).join(' '));
  const quotes = answer.flatMap((b) => (b.kind === 'quote' ? [b.quoteId as number] : []));
  if (ownWords < BRIEF_WORDS) problems.push(item('brief'));
  const overLimit = form ? form.overLimit : q.wordLimit !== null && allWords > q.wordLimit;
  if (overLimit) problems.push(item('over-limit'));
  if (quotes.length === 0) problems.push(item('no-evidence'));
  const altered = [...new Set(quotes.filter((id) => mismatched.has(id)))];
  if (altered.length) problems.push({ ...item('quote-mismatch'), quoteIds: altered });
  return problems;
}

function emptyParts(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((block, i) =>
    block.kind === 'heading' && OPTIONAL_PARTS.has(block.text) && isEmptyPart(blocks, i) ? [block.text] : [],
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What stands between the draft and a response fit to send, question by question and for the response as a whole. */
export function checkReadiness(input: ReadinessInput): Readiness {
  const byQuestion = answersByQuestion(input.blocks);
  const problems: ReadinessItem[] = input.questions.flatMap((q) =>
    questionProblems(byQuestion.get(q.id) ?? [], q, input.mismatchedQuoteIds, input.form?.get(q.id)),
  );
  const { organisation, contactName, contactEmail } = input.respondent;
  const missing = [
    !organisation && 'organisation',
    !contactName && 'contact name',
    !contactEmail && 'contact email',
  ].filter((m): m is string => Boolean(m));
  if (missing.length) problems.push({ question: null, problem: 'missing-respondent', detail: missing.join(', ') });
  for (const part of emptyParts(input.blocks)) problems.push({ question: null, problem: 'empty-part', detail: part });
  return {
    problems,
    closingDate: input.closingDate,
    daysLeft: input.closingDate ? daysBetween(input.today, input.closingDate) : null,
  };
}
