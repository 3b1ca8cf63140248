import type { QuestionId, QuoteId } from '../../../shared/ids.ts';

/** Whether the draft uses a quote, and in which question's answer (null: outside any answer). */
export type Placement = { inDraft: false } | { inDraft: true; questionId: QuestionId | null };

export function placementOf(placements: Map<QuoteId, QuestionId | null>, quoteId: QuoteId): Placement {
  return placements.has(quoteId) ? { inDraft: true, questionId: placements.get(quoteId) ?? null } : { inDraft: false };
}

/** The placement in words, for the evidence list and the reader's quote details. */
export function describePlacement(placement: Placement, questionName: (id: QuestionId) => string): string {
  if (!placement.inDraft) return 'Not in the draft yet';
  return placement.questionId === null
    ? 'In the draft'
    : `In the draft, in the answer to ${questionName(placement.questionId)}`;
}
