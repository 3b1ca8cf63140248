import { createContext, useContext } from 'react';
import type { QuoteId, SourceId } from '../../shared/ids.ts';

export type QuoteNavigation = {
  showQuoteInSource: (sourceId: SourceId, quoteId: QuoteId) => void;
  /** False once a quote has been deleted, so its block in the draft can say so. */
  quoteExists: (quoteId: QuoteId) => boolean;
};

/** Lets a quotation block inside the editor open its source, highlighted, in the reader. */
export const QuoteNavigationContext = createContext<QuoteNavigation>({
  showQuoteInSource: () => {},
  quoteExists: () => true,
});

export function useQuoteNavigation(): QuoteNavigation {
  return useContext(QuoteNavigationContext);
}
