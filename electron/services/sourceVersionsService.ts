import type { Database } from 'better-sqlite3';
import type { QuoteId, SourceId } from '../../shared/ids.ts';
import type { Quote, QuoteFragment } from '../../shared/domain/quote.ts';
import { quoteText } from '../../shared/domain/quoteText.ts';
import type {
  QuoteReanchorReport,
  ReviewDecision,
  ReviewItem,
  SourceUpdateReport,
  SourceVersionSummary,
  SourceVersionText,
} from '../../shared/domain/sourceVersion.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { createReanchorer, type FragmentAnchor, type Reanchorer } from '../../shared/quotes/reanchor.ts';
import { pageAt, type ExtractedDocument, type SourceBlock } from '../../shared/sources/sourceStructure.ts';
import { versionDiff, type DiffPassage } from '../../shared/sources/versionDiff.ts';
import { diffTexts } from '../../shared/text/textDiff.ts';
import { canonicalText, contentHash } from './sourcesService.ts';
import type { DraftsService } from './draftsService.ts';
import { findSource, findSourceIdByHash } from './repositories/sourcesRepository.ts';
import { listQuotes, setQuoteAnchor } from './repositories/quotesRepository.ts';
import {
  currentVersionOf,
  deleteVersionRow,
  findVersion,
  hasVersionRow,
  insertVersion,
  listVersions,
  makeCurrent,
  type StoredVersion,
} from './repositories/sourceVersionsRepository.ts';
import {
  deleteUpdate,
  findReanchor,
  findUpdate,
  insertReanchor,
  insertUpdate,
  latestReviews,
  latestUpdateOf,
  reanchorsOf,
  setDecision,
  type Reanchor,
} from './repositories/sourceUpdatesRepository.ts';
import { countOf, plural } from '../../shared/text/plural.ts';

/** Below this share of words in common, the new file is most likely another document: the user must confirm. */
export const DIFFERENT_DOCUMENT_BELOW = 0.2;

/** What the page needs after a change that may have rewritten the draft's quotation blocks. */
export type DraftEffect = { draftChanged: boolean };

function gone(): never {
  throw new AppError('not-found', 'That source is no longer in this project.');
}

/** New fragments from anchors in a version, with their pages taken from that version's structure. */
function fragmentsAt(anchors: readonly FragmentAnchor[], blocks: readonly SourceBlock[]): QuoteFragment[] {
  return anchors
    .filter((a) => a.start !== null && a.end !== null && a.text !== null)
    .map((a) => ({ start: a.start!, end: a.end!, text: a.text!, page: pageAt(blocks, a.start!) }));
}

function span(fragments: readonly { start: number | null; end: number | null }[]): {
  start: number | null;
  end: number | null;
} {
  const placed = fragments.filter((f) => f.start !== null);
  return placed.length ? { start: placed[0]!.start, end: placed.at(-1)!.end } : { start: null, end: null };
}

export function createSourceVersionsService(db: Database, drafts: DraftsService, now: () => Date = () => new Date()) {
  function version(sourceId: SourceId, n: number): StoredVersion {
    const v = findVersion(db, sourceId, n);
    if (!v) throw new AppError('not-found', `This source has no version ${n}.`);
    return v;
  }

  /** Puts a quote back as it was before an update or decision, and its quotation blocks with it. */
  function putBack(quote: Quote, before: { version: number; fragments: QuoteFragment[] }): boolean {
    setQuoteAnchor(db, quote.id, before.version, before.fragments);
    const text = quoteText(before);
    return text !== quoteText(quote) && drafts.setQuoteText(quote.id, text) > 0;
  }

  const service = {
    async versions(sourceId: SourceId): Promise<SourceVersionSummary[]> {
      if (!findSource(db, sourceId)) gone();
      return listVersions(db, sourceId);
    },

    /** A version's text exactly as stored (the current one when no version is given). */
    async text(sourceId: SourceId, n?: number): Promise<string> {
      if (!findSource(db, sourceId)) gone();
      return version(sourceId, n ?? currentVersionOf(db, sourceId)).text;
    },

    /** A version's text and structure as the reader shows it (an earlier one, for a quote that still cites it). */
    async read(sourceId: SourceId, n: number): Promise<SourceVersionText> {
      if (!findSource(db, sourceId)) gone();
      const { text, blocks, dated } = version(sourceId, n);
      return { sourceId, version: n, of: listVersions(db, sourceId).length, dated, text, blocks };
    },

    /**
     * Makes a new file the current version of a source and re-anchors every quote onto it: unchanged quotes move
     * silently; changed and gone ones keep citing the version they were pulled from and wait for the user's decision.
     * The same text is a no-op that says so; a file with almost nothing in common is refused unless `force`.
     */
    async update(input: {
      sourceId: SourceId;
      doc: ExtractedDocument;
      format: string;
      fileName: string | null;
      force?: boolean;
      /** The date the new version gives itself, for citations ("updated 3 April 2024"); today if not known. */
      dated?: string | null;
    }): Promise<SourceUpdateReport> {
      const { sourceId, doc } = input;
      const source = findSource(db, sourceId) ?? gone();
      if (canonicalText(doc.text) !== doc.text)
        throw new AppError('internal', 'An importer produced text that is not in canonical form.');
      if (doc.text.trim() === '') throw new AppError('invalid-input', 'The new version has no text.');
      const current = currentVersionOf(db, sourceId);
      if (doc.text === source.text) return { status: 'same', sourceId, version: current };
      const hash = contentHash(doc.text);
      const other = findSourceIdByHash(db, hash);
      if (other !== null && other !== sourceId) {
        const title = findSource(db, other)?.title ?? 'another source';
        throw new AppError('conflict', `That file is already in this project, as "${title}".`);
      }

      const reanchorers = new Map<number, Reanchorer>();
      const reanchorerFor = (n: number) => {
        let r = reanchorers.get(n);
        if (!r) reanchorers.set(n, (r = createReanchorer(version(sourceId, n).text, doc.text)));
        return r;
      };
      const similarity = reanchorerFor(current).similarity;
      if (similarity < DIFFERENT_DOCUMENT_BELOW && !input.force) {
        return { status: 'different-document', sourceId, similarity };
      }

      const quotes = listQuotes(db, { sourceId });
      const anchors = quotes.map((q) => ({ quote: q, anchor: reanchorerFor(q.sourceVersion).reanchor(q.fragments) }));
      const at = now();
      const next = current + 1;
      const updateId = db.transaction(() => {
        if (currentVersionOf(db, sourceId) !== current)
          throw new AppError('conflict', 'The source was updated meanwhile; try again.');
        // Version 1 of a never-updated source lives only in the sources row: keep it before it is replaced.
        if (!hasVersionRow(db, sourceId, current)) insertVersion(db, sourceId, version(sourceId, current));
        const added: StoredVersion = {
          version: next,
          text: doc.text,
          blocks: doc.blocks,
          contentHash: hash,
          format: input.format,
          fileName: input.fileName,
          dated: input.dated ?? at.toISOString().slice(0, 10),
          addedAt: at.toISOString(),
        };
        insertVersion(db, sourceId, added);
        makeCurrent(db, sourceId, added);
        const id = insertUpdate(db, { sourceId, fromVersion: current, toVersion: next, updatedAt: at.toISOString() });
        for (const { quote, anchor } of anchors) {
          const before = { version: quote.sourceVersion, fragments: quote.fragments };
          insertReanchor(db, {
            updateId: id,
            quoteId: quote.id,
            outcome: anchor.outcome,
            before,
            proposed: anchor.outcome === 'unchanged' ? null : anchor.fragments,
          });
          if (anchor.outcome !== 'unchanged') continue;
          const moved = fragmentsAt(anchor.fragments, doc.blocks);
          setQuoteAnchor(db, quote.id, next, moved);
          // Only white space can differ for an unchanged quote; the draft shows the version's exact characters.
          if (quoteText({ fragments: moved }) !== quoteText(quote))
            drafts.setQuoteText(quote.id, quoteText({ fragments: moved }));
        }
        return id;
      })();
      const quotesReport: QuoteReanchorReport[] = anchors.map(({ quote, anchor }) => ({
        quote: quote.id,
        outcome: anchor.outcome,
        ...span(anchor.fragments),
        fragments: anchor.fragments,
      }));
      return {
        status: 'updated',
        sourceId,
        updateId,
        fromVersion: current,
        toVersion: next,
        similarity,
        quotes: quotesReport,
      };
    },

    /** Every quote waiting for a decision (or decided, until the user moves on), with the draft places using it. */
    async reviewQueue(filter: { sourceId?: SourceId; pendingOnly?: boolean } = {}): Promise<ReviewItem[]> {
      const rows = latestReviews(db, filter.sourceId).filter((r) => !filter.pendingOnly || r.decision === null);
      if (rows.length === 0) return [];
      const places = await drafts.quotePlaces(rows.map((r) => r.quoteId));
      const quotes = new Map(listQuotes(db, { ids: rows.map((r) => r.quoteId) }).map((q) => [q.id as number, q]));
      return rows.flatMap((r): ReviewItem[] => {
        const update = findUpdate(db, r.updateId);
        const quote = quotes.get(r.quoteId);
        if (!update || !quote) return [];
        return [
          {
            updateId: r.updateId,
            quoteId: r.quoteId,
            sourceId: update.sourceId,
            sourceTitle: findSource(db, update.sourceId)?.title ?? '',
            outcome: r.outcome as ReviewItem['outcome'],
            fromVersion: update.fromVersion,
            toVersion: update.toVersion,
            before: r.before,
            proposed: r.proposed ?? [],
            decision: r.decision,
            draftPlaces: places.filter((p) => p.quoteId === r.quoteId),
          },
        ];
      });
    },

    /**
     * The user's decision on a changed or gone quote. Accepting takes the new version's wording (the quote then
     * cites the new version and the draft's quotation blocks show the new words); keeping leaves the quote citing
     * the version it was pulled from.
     */
    async decide(updateId: number, quoteId: QuoteId, decision: ReviewDecision): Promise<DraftEffect> {
      return db.transaction(() => {
        const { row, quote, update } = reviewable(updateId, quoteId);
        if (row.decision !== null) throw new AppError('conflict', 'That quote has already been decided; undo first.');
        let draftChanged = false;
        if (decision === 'accepted') {
          const moved = fragmentsAt(row.proposed ?? [], version(update.sourceId, update.toVersion).blocks);
          if (moved.length === 0)
            throw new AppError('invalid-input', 'The quoted words are gone from the new version; keep the old ones.');
          setQuoteAnchor(db, quoteId, update.toVersion, moved);
          draftChanged = drafts.setQuoteText(quoteId, quoteText({ fragments: moved })) > 0;
        } else if (quote.sourceVersion !== row.before.version) {
          throw new AppError('conflict', 'That quote has changed since the update.');
        }
        setDecision(db, updateId, quoteId, decision, now().toISOString());
        return { draftChanged };
      })();
    },

    /** Takes back one decision: the quote and the draft's quotation blocks are as they were before it. */
    async undoDecision(updateId: number, quoteId: QuoteId): Promise<DraftEffect> {
      return db.transaction(() => {
        const { row, quote } = reviewable(updateId, quoteId);
        if (row.decision === null) throw new AppError('conflict', 'That quote has not been decided yet.');
        const draftChanged = row.decision === 'accepted' ? putBack(quote, row.before) : false;
        setDecision(db, updateId, quoteId, null, null);
        return { draftChanged };
      })();
    },

    /**
     * Takes back a whole update: the source's previous version is current again, every quote cites what it cited
     * before, and the draft's quotation blocks show the words they showed. Only the latest update of a source can be
     * undone, and not once quotes have been pulled from the new version.
     */
    async undoUpdate(updateId: number): Promise<DraftEffect & { sourceId: SourceId; version: number }> {
      return db.transaction(() => {
        const update = findUpdate(db, updateId);
        if (!update) throw new AppError('not-found', 'That update has already been undone.');
        const latest = latestUpdateOf(db, update.sourceId);
        if (latest?.id !== updateId || currentVersionOf(db, update.sourceId) !== update.toVersion)
          throw new AppError('conflict', 'The source has been updated again since; undo the later update first.');
        const rows = new Map(reanchorsOf(db, updateId).map((r) => [r.quoteId as number, r]));
        const quotes = listQuotes(db, { sourceId: update.sourceId });
        const pulledSince = quotes.filter((q) => !rows.has(q.id) && q.sourceVersion === update.toVersion);
        if (pulledSince.length > 0)
          throw new AppError(
            'conflict',
            `${countOf(pulledSince.length, 'quote')} ${plural(pulledSince.length, 'has', 'have')} been pulled from the new version since; delete ${plural(pulledSince.length, 'it', 'them')} before undoing the update.`,
          );
        let draftChanged = false;
        for (const quote of quotes) {
          const row = rows.get(quote.id);
          if (row) draftChanged = putBack(quote, row.before) || draftChanged;
        }
        makeCurrent(db, update.sourceId, version(update.sourceId, update.fromVersion));
        deleteVersionRow(db, update.sourceId, update.toVersion);
        // Back to a single version: it lives in the sources row alone again, as before any update.
        if (update.fromVersion === 1) deleteVersionRow(db, update.sourceId, 1);
        deleteUpdate(db, updateId);
        return { draftChanged, sourceId: update.sourceId, version: update.fromVersion };
      })();
    },

    /** The diff view's passages between two versions (added, removed, moved, kept). */
    async diff(sourceId: SourceId, from: number, to: number): Promise<DiffPassage[]> {
      if (!findSource(db, sourceId)) gone();
      return versionDiff(diffTexts(version(sourceId, from).text, version(sourceId, to).text));
    },
  };

  /** A review row that can be decided on now: the latest for its quote, its quote still there. */
  function reviewable(
    updateId: number,
    quoteId: QuoteId,
  ): { row: Reanchor; quote: Quote; update: NonNullable<ReturnType<typeof findUpdate>> } {
    const row = findReanchor(db, updateId, quoteId);
    const update = findUpdate(db, updateId);
    if (!row || !update || row.outcome === 'unchanged')
      throw new AppError('not-found', 'That quote is not waiting for a decision on this update.');
    const [quote] = listQuotes(db, { ids: [quoteId] });
    if (!quote) throw new AppError('not-found', 'That quote is no longer in this project.');
    if (!latestReviews(db, update.sourceId).some((r) => r.updateId === updateId && r.quoteId === quoteId))
      throw new AppError('conflict', 'A later update has re-anchored that quote; decide on that one instead.');
    return { row, quote, update };
  }

  return service;
}
export type SourceVersionsService = ReturnType<typeof createSourceVersionsService>;
