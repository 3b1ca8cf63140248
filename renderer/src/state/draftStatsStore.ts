import type { QuestionId, QuoteId } from '../../../shared/ids.ts';
import { createValueStore } from '../valueStore.ts';

/**
 * What the draft reports each time typing pauses: words per answer, words in all, and where it uses each quote.
 * Stores, not state: only the few places showing them re-render.
 */
export function createDraftStatsStore() {
  const wordCounts = createValueStore(new Map<QuestionId, number>());
  const totalWords = createValueStore(0);
  const placements = createValueStore(new Map<QuoteId, QuestionId | null>());
  return {
    wordCounts,
    totalWords,
    placements,
    // Only a real change is passed on: the draft reports the same counts after most pauses.
    setWordCounts(counts: Map<QuestionId, number>, total: number) {
      if (!sameEntries(wordCounts.get(), counts)) wordCounts.set(counts);
      totalWords.set(total);
    },
    setPlacements(placed: Map<QuoteId, QuestionId | null>) {
      if (!sameEntries(placements.get(), placed)) placements.set(placed);
    },
  };
}

export type DraftStatsStore = ReturnType<typeof createDraftStatsStore>;

export function sameEntries<K, V>(a: Map<K, V>, b: Map<K, V>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.has(k) && b.get(k) === v);
}
