import { useMemo, type ReactNode } from 'react';
import type { QuoteId } from '../../shared/ids.ts';
import { QuoteNavigationContext } from './quoteNavigation.ts';
import { useLoadedQuotes, useProjectComplete } from './state/hooks.ts';
import { useWorkbench } from './state/workbench.ts';

/** Lets quotation blocks in the draft open their source and know whether their quote still exists. */
export function QuoteNavigationProvider({ children }: { children: ReactNode }) {
  const { selection } = useWorkbench();
  const quotes = useLoadedQuotes();
  const complete = useProjectComplete();
  const navigation = useMemo(() => {
    const ids = new Set<number>(quotes.map((q) => q.id));
    // While a large project's quotes are still being read, a quote not read yet is not taken for a deleted one.
    return { showQuoteInSource: selection.showQuote, quoteExists: (id: QuoteId) => !complete || ids.has(id) };
  }, [quotes, complete, selection]);
  return <QuoteNavigationContext.Provider value={navigation}>{children}</QuoteNavigationContext.Provider>;
}
