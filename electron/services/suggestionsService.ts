import type { Database } from 'better-sqlite3';
import type { QuestionId } from '../../shared/ids.ts';
import { suggestionTerms } from '../../shared/search/suggestionTerms.ts';
import { chapterScorer, questionOrder, questionScorer } from './repositories/consultationRepository.ts';

export type QuestionSuggestion = { questionId: QuestionId; score: number };

// How much a match in a question's chapter (its title and summary) counts beside one in the question's own
// wording and topic. Many questions are short or unverified labels, so their chapter says much of what they are about.
const CHAPTER_WEIGHT = 1.5;

/**
 * Which questions a passage most likely supports. Each of the passage's meaningful words, and each other name
 * for what it names, is scored by BM25 against every question's wording and topic and against its chapter's
 * summary; a question's score is the weighted sum. Offline and deterministic: the same passage always gets
 * the same suggestions, ties going to the earlier question.
 */
export function createSuggestionsService(db: Database) {
  const questionScoresFor = questionScorer(db);
  const chapterScoresFor = chapterScorer(db);
  return {
    async forText(text: string, limit = 3): Promise<QuestionSuggestion[]> {
      const totals = new Map<QuestionId, number>();
      const add = (id: QuestionId, score: number) => totals.set(id, (totals.get(id) ?? 0) + score);
      for (const { phrase, weight } of suggestionTerms(text)) {
        for (const { id, score } of questionScoresFor(phrase)) add(id, weight * score);
        for (const { id, score } of chapterScoresFor(phrase)) add(id, CHAPTER_WEIGHT * weight * score);
      }
      const order = new Map(questionOrder(db).map((id, i) => [id, i]));
      return [...totals]
        .map(([questionId, score]) => ({ questionId, score: Math.round(score * 1000) / 1000 }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || order.get(a.questionId)! - order.get(b.questionId)!)
        .slice(0, limit);
    },
  };
}
export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
