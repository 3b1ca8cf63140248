import type { Database } from 'better-sqlite3';
import type { QuoteId, SourceId, QuestionId } from '../../shared/ids.ts';
import type { QuoteMismatch } from '../../shared/domain/quote.ts';
import type { Quote } from '../../shared/domain/quote.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { findSource } from './repositories/sourcesRepository.ts';
import {
  allFragmentsWithSourceText,
  deleteQuote,
  insertQuote,
  listQuotes,
  replaceFragments,
  replaceQuoteThemes,
  updateQuoteNote,
  type QuoteFilter,
} from './repositories/quotesRepository.ts';
import { countExistingItems } from './repositories/consultationRepository.ts';
import { listSourceBlocks } from './repositories/sourceBlocksRepository.ts';
import { pageAt } from '../../shared/sources/sourceStructure.ts';
import { currentVersionOf, findVersion } from './repositories/sourceVersionsRepository.ts';

export function createQuotesService(db: Database, now: () => Date = () => new Date()) {
  return {
    /** Pulls source.text[start, end) as a quote; the text comes from the source, never from the caller. */
    async create(input: {
      sourceId: SourceId;
      start: number;
      end: number;
      questionIds: readonly QuestionId[];
    }): Promise<Quote> {
      const source = findSource(db, input.sourceId);
      if (!source) throw new AppError('not-found', 'That source is no longer in this project.');
      if (input.end > source.text.length || input.start >= input.end) {
        throw new AppError(
          'invalid-input',
          `The selection (${input.start}–${input.end}) is outside "${source.title}".`,
        );
      }
      const text = source.text.slice(input.start, input.end);
      if (text.trim() === '') throw new AppError('invalid-input', 'Select some words to quote, not just white space.');
      const questionIds = [...new Set(input.questionIds)];
      const id = db.transaction(() => {
        if (countExistingItems(db, questionIds) !== questionIds.length) {
          throw new AppError('not-found', 'One of the chosen questions is no longer in this consultation.');
        }
        return insertQuote(db, {
          sourceId: input.sourceId,
          // The page, for PDFs, so a citation can say where in the document the words are.
          fragments: [
            {
              start: input.start,
              end: input.end,
              text,
              page: pageAt(listSourceBlocks(db, input.sourceId), input.start),
            },
          ],
          questionIds,
          note: '',
          createdAt: now().toISOString(),
        });
      })();
      const [quote] = listQuotes(db, { ids: [id] });
      if (!quote) throw new AppError('internal', 'The quote was saved but could not be read back.');
      return quote;
    },

    /**
     * Checks every quote against the version of its source it cites: each fragment must still be exactly that
     * version's text at its offsets. Anything else means the project file was changed outside the app, and the user must know.
     */
    async check(): Promise<QuoteMismatch[]> {
      const mismatches: QuoteMismatch[] = [];
      for (const row of allFragmentsWithSourceText(db)) {
        const actual = row.source_text.slice(row.start_offset, row.end_offset);
        if (actual !== row.text) {
          mismatches.push({
            quoteId: row.quote_id as QuoteId,
            sourceId: row.source_id as SourceId,
            version: row.source_version,
            fragment: row.position,
            stored: row.text,
            inSource: actual,
          });
        }
      }
      return mismatches;
    },

    /**
     * Adds another passage of the same source to a quote, for an elision: the fragments are kept in text order
     * and shown joined by " [...] ", so the reader can see that words were left out.
     */
    async addFragment(id: QuoteId, start: number, end: number): Promise<Quote> {
      db.transaction(() => {
        const [quote] = listQuotes(db, { ids: [id] });
        if (!quote) throw new AppError('not-found', 'That quote is no longer in this project.');
        const source = findSource(db, quote.sourceId);
        if (!source) throw new AppError('not-found', 'That source is no longer in this project.');
        if (quote.sourceVersion !== currentVersionOf(db, quote.sourceId))
          throw new AppError(
            'conflict',
            'This quote cites an earlier version of its source; only passages of the same version can be joined to it.',
          );
        if (end > source.text.length || start >= end)
          throw new AppError('invalid-input', `The selection (${start}–${end}) is outside "${source.title}".`);
        const text = source.text.slice(start, end);
        if (text.trim() === '') throw new AppError('invalid-input', 'Select some words to add, not just white space.');
        if (quote.fragments.some((f) => start < f.end && end > f.start)) {
          throw new AppError(
            'invalid-input',
            'That passage overlaps words already in the quote; select a different passage.',
          );
        }
        const page = pageAt(listSourceBlocks(db, quote.sourceId), start);
        const fragments = [...quote.fragments, { start, end, text, page }].sort((a, b) => a.start - b.start);
        replaceFragments(db, id, fragments);
      })();
      return listQuotes(db, { ids: [id] })[0]!;
    },

    /** The user's own words about a quote live in its note; the quote itself never changes. */
    async setNote(id: QuoteId, note: string): Promise<Quote> {
      if (!updateQuoteNote(db, id, note.trim()))
        throw new AppError('not-found', 'That quote is no longer in this project.');
      return listQuotes(db, { ids: [id] })[0]!;
    },

    /** Files a quote under exactly these questions. */
    async setQuestions(id: QuoteId, questionIds: readonly QuestionId[]): Promise<Quote> {
      const unique = [...new Set(questionIds)];
      db.transaction(() => {
        if (listQuotes(db, { ids: [id] }).length === 0)
          throw new AppError('not-found', 'That quote is no longer in this project.');
        if (countExistingItems(db, unique) !== unique.length) {
          throw new AppError('not-found', 'One of the chosen questions is no longer in this consultation.');
        }
        replaceQuoteThemes(db, id, unique);
      })();
      return listQuotes(db, { ids: [id] })[0]!;
    },

    /** Deletes a quote and returns it whole, so the user can undo. */
    async remove(id: QuoteId): Promise<Quote> {
      const [quote] = listQuotes(db, { ids: [id] });
      if (!quote || !deleteQuote(db, id)) throw new AppError('not-found', 'That quote is no longer in this project.');
      return quote;
    },

    /**
     * Puts back a deleted quote under its old id. Its words must still be exactly the source's text at its
     * offsets, so an undo can never bring back something the source does not say.
     */
    async restore(quote: Quote): Promise<Quote> {
      db.transaction(() => {
        if (!findSource(db, quote.sourceId))
          throw new AppError('not-found', 'The quote cannot come back: its source is no longer in this project.');
        // Checked against the version the quote cites, which may be an earlier one kept after an update.
        const cited = findVersion(db, quote.sourceId, quote.sourceVersion);
        if (!cited || quote.fragments.some((f) => cited.text.slice(f.start, f.end) !== f.text)) {
          throw new AppError('invalid-input', 'The quote cannot come back: its words do not match its source.');
        }
        if (listQuotes(db, { ids: [quote.id] }).length > 0)
          throw new AppError('conflict', 'That quote is already in this project.');
        const questionIds = quote.questionIds.filter((t) => countExistingItems(db, [t]) === 1);
        insertQuote(db, {
          id: quote.id,
          sourceId: quote.sourceId,
          sourceVersion: quote.sourceVersion,
          fragments: quote.fragments,
          questionIds,
          note: quote.note,
          createdAt: quote.createdAt,
        });
      })();
      return listQuotes(db, { ids: [quote.id] })[0]!;
    },

    async list(filter: QuoteFilter): Promise<Quote[]> {
      return listQuotes(db, filter);
    },
  };
}
export type QuotesService = ReturnType<typeof createQuotesService>;
