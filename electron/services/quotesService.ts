import type { Database } from 'better-sqlite3';
import type { SourceId, ThemeId } from '../../shared/ids.ts';
import type { Quote } from '../../shared/domain/quote.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { findSource } from './repositories/sourcesRepository.ts';
import { insertQuote, listQuotes, type QuoteFilter } from './repositories/quotesRepository.ts';
import { countExistingThemes } from './repositories/themesRepository.ts';

export function createQuotesService(db: Database, now: () => Date = () => new Date()) {
  return {
    /** Pulls source.text[start, end) as a quote; the text comes from the source, never from the caller. */
    async create(input: { sourceId: SourceId; start: number; end: number; themeIds: readonly ThemeId[] }): Promise<Quote> {
      const source = findSource(db, input.sourceId);
      if (!source) throw new AppError('not-found', 'That source is no longer in this project.');
      if (input.end > source.text.length || input.start >= input.end) {
        throw new AppError('invalid-input', `The selection (${input.start}–${input.end}) is outside "${source.title}".`);
      }
      const text = source.text.slice(input.start, input.end);
      if (text.trim() === '') throw new AppError('invalid-input', 'Select some words to quote, not just white space.');
      const themeIds = [...new Set(input.themeIds)];
      const id = db.transaction(() => {
        if (countExistingThemes(db, themeIds) !== themeIds.length) {
          throw new AppError('not-found', 'One of the chosen questions is no longer in this consultation.');
        }
        return insertQuote(db, {
          sourceId: input.sourceId,
          fragments: [{ start: input.start, end: input.end, text, page: null }],
          themeIds,
          note: '',
          createdAt: now().toISOString(),
        });
      })();
      const [quote] = listQuotes(db, { ids: [id] });
      if (!quote) throw new AppError('internal', 'The quote was saved but could not be read back.');
      return quote;
    },

    async list(filter: QuoteFilter): Promise<Quote[]> {
      return listQuotes(db, filter);
    },
  };
}
export type QuotesService = ReturnType<typeof createQuotesService>;
