import { createContext, useContext } from 'react';
import type { QuoteId, SourceId } from '../../shared/ids.ts';

export type QuoteNavigation = { showQuoteInSource: (sourceId: SourceId, quoteId: QuoteId) => void };

/** Lets a quotation block inside the editor open its source, highlighted, in the reader. */
export const QuoteNavigationContext = createContext<QuoteNavigation>({ showQuoteInSource: () => {} });

export function useQuoteNavigation(): QuoteNavigation {
  return useContext(QuoteNavigationContext);
}
