import type { QuestionId, QuoteId, SourceId } from '../../../shared/ids.ts';
import { createValueStore } from '../valueStore.ts';

/** What the writer is working on: the open source, the question being answered, and a quote shown in the reader. */
export type WorkbenchSelection = {
  sourceId: SourceId | null;
  questionId: QuestionId | null;
  focusQuoteId: QuoteId | null;
};

export function createSelectionStore(initial: WorkbenchSelection) {
  const store = createValueStore(initial);
  const set = (patch: Partial<WorkbenchSelection>) => {
    const now = store.get();
    const next = { ...now, ...patch };
    if (next.sourceId !== now.sourceId || next.questionId !== now.questionId || next.focusQuoteId !== now.focusQuoteId)
      store.set(next);
  };
  return {
    get: store.get,
    subscribe: store.subscribe,
    /** Opens a source at its top: no quote in focus. */
    selectSource: (sourceId: SourceId | null) => set({ sourceId, focusQuoteId: null }),
    selectQuestion: (questionId: QuestionId | null) => set({ questionId }),
    /** Opens a quote's source with the quote in view. */
    showQuote: (sourceId: SourceId, quoteId: QuoteId) => set({ sourceId, focusQuoteId: quoteId }),
  };
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;
