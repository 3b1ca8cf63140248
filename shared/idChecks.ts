import type { QuoteId, SourceId } from './ids.ts';

// Ids read back from the page (a drag's data, a list item's attribute) are checked here by hand, not with the
// schemas in ids.ts, so the window's first screen needs no zod. The same rule: a positive whole number.
const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

export function asQuoteId(value: unknown): QuoteId | null {
  return isId(value) ? (value as QuoteId) : null;
}

export function asSourceId(value: unknown): SourceId | null {
  return isId(value) ? (value as SourceId) : null;
}
