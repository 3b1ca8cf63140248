import type { Quote } from './quote.ts';

// Kept apart from the schemas in quote.ts so the window's first screen can show quotes without zod.

/** Elided fragments are shown joined, so a reader can see that words were left out. */
export const ELISION = ' [...] ';

export function quoteText(quote: Pick<Quote, 'fragments'>): string {
  return quote.fragments.map((f) => f.text).join(ELISION);
}
