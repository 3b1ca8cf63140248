import type { Database } from 'better-sqlite3';
import type { ThemeId } from '../../shared/ids.ts';
import { matchAnyQuery } from '../../shared/search/matchAnyQuery.ts';
import { rankQuestions } from './repositories/themesRepository.ts';

export type QuestionSuggestion = { themeId: ThemeId; score: number };

/**
 * Which questions a passage most likely supports: BM25 over each question's wording, topic and chapter
 * summary. Offline and deterministic; the same passage always gets the same suggestions.
 */
export function createSuggestionsService(db: Database) {
  return {
    async forText(text: string, limit = 3): Promise<QuestionSuggestion[]> {
      const query = matchAnyQuery(text);
      if (!query) return [];
      // bm25() is lower-is-better and negative; report a positive score where higher means a better match.
      return rankQuestions(db, query, limit).map((r) => ({ themeId: r.id, score: Math.round(-r.score * 1000) / 1000 }));
    },
  };
}
export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
