import { useMemo, type ReactNode } from 'react';
import type { QuoteId } from '../../shared/ids.ts';
import { QuoteNavigationContext } from './quoteNavigation.ts';
import { useQuotes } from './state/hooks.ts';
import { useWorkbench } from './state/workbench.ts';

/** Lets quotation blocks in the draft open their source and know whether their quote still exists. */
export function QuoteNavigationProvider({ children }: { children: ReactNode }) {
  const { selection } = useWorkbench();
  const quotes = useQuotes();
  const navigation = useMemo(() => {
    const ids = new Set<number>(quotes.map((q) => q.id));
    return { showQuoteInSource: selection.showQuote, quoteExists: (id: QuoteId) => ids.has(id) };
  }, [quotes, selection]);
  return <QuoteNavigationContext.Provider value={navigation}>{children}</QuoteNavigationContext.Provider>;
}
