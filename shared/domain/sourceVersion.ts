import { z } from 'zod';
import type { QuoteId, SourceId } from '../ids.ts';
import type { FragmentAnchor, ReanchorOutcome } from '../quotes/reanchor.ts';
import type { QuoteFragment } from './quote.ts';
import type { DraftPlace } from '../draft/quotePlaces.ts';
import type { SourceBlock } from '../sources/sourceStructure.ts';

/** One version of a source's document; version 1 is what was first imported. */
export type SourceVersionSummary = {
  sourceId: SourceId;
  version: number;
  current: boolean;
  /** When this version came into the project. */
  addedAt: string;
  /** The date the document itself gives this version ("updated 3 April 2024"), if known. */
  dated: string | null;
  fileName: string | null;
  format: string;
  length: number;
  /** Quotes citing this version. */
  quoteCount: number;
};

/** One version's text and structure, for the reader, and how many versions the source has. */
export type SourceVersionText = {
  sourceId: SourceId;
  version: number;
  of: number;
  dated: string | null;
  text: string;
  blocks: SourceBlock[];
};

/** What an update did to one quote: the CLI's `<quote id>\t<outcome>\t<start>-<end>` line. */
export type QuoteReanchorReport = {
  quote: QuoteId;
  outcome: ReanchorOutcome;
  /** The quote's span in the new version (first fragment's start, last fragment's end), or null when gone. */
  start: number | null;
  end: number | null;
  fragments: FragmentAnchor[];
};

export type SourceUpdateReport =
  | { status: 'same'; sourceId: SourceId; version: number }
  | { status: 'different-document'; sourceId: SourceId; similarity: number }
  | {
      status: 'updated';
      sourceId: SourceId;
      updateId: number;
      fromVersion: number;
      toVersion: number;
      similarity: number;
      quotes: QuoteReanchorReport[];
    };

export const ReviewDecisionSchema = z.enum(['accepted', 'kept']);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** A quote an update could not move silently: the old words beside the new, and where the draft uses it. */
export type ReviewItem = {
  updateId: number;
  quoteId: QuoteId;
  sourceId: SourceId;
  sourceTitle: string;
  outcome: Exclude<ReanchorOutcome, 'unchanged'>;
  fromVersion: number;
  toVersion: number;
  /** The quote as pulled, in the version it cites. */
  before: { version: number; fragments: QuoteFragment[] };
  /** What the new version says there, fragment by fragment (null where a fragment is gone). */
  proposed: FragmentAnchor[];
  decision: ReviewDecision | null;
  draftPlaces: DraftPlace[];
};
