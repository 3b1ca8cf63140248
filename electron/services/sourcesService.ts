import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import type { Source, SourceMetadata, SourceSummary } from '../../shared/domain/source.ts';
import type { DeletedSource } from '../../shared/domain/deletedSource.ts';
import { AppError } from '../../shared/ipc/result.ts';
import type { ExtractedDocument } from '../../shared/sources/sourceStructure.ts';
import { plainTextDocument } from '../../shared/sources/plainTextDocument.ts';
import {
  deleteSource,
  findSource,
  findSourceIdByHash,
  insertSource,
  listSources,
  type SourceFilter,
  sourceProvenance,
  updateSourceMetadata,
} from './repositories/sourcesRepository.ts';
import { insertQuote, listQuotes } from './repositories/quotesRepository.ts';
import { countExistingItems } from './repositories/consultationRepository.ts';
import { insertSourceBlocks, listSourceBlocks } from './repositories/sourceBlocksRepository.ts';
import {
  currentVersionOf,
  findVersion,
  hasVersionRow,
  insertVersion,
  listVersions,
} from './repositories/sourceVersionsRepository.ts';
import { findUpdate, historyOf, restoreUpdate } from './repositories/sourceUpdatesRepository.ts';

/**
 * One canonical form for stored text: quotes anchor to its offsets, so it must never change after import.
 * Byte-order marks go, line endings become \n, and invisible control characters (other than tab and line
 * break) are dropped: they carry no words and would confuse search and export.
 */
export function canonicalText(raw: string): string {
  return raw
    .replace(/^\uFEFF+/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function createSourcesService(db: Database, now: () => Date = () => new Date()) {
  /** The kept versions of an updated source, so deleting it can be undone whole; nothing for a never-updated one. */
  function versionsOf(id: SourceId): Pick<DeletedSource, 'versions' | 'currentVersion' | 'updates'> {
    const versions = listVersions(db, id).flatMap((v) => {
      const stored = findVersion(db, id, v.version);
      return stored && hasVersionRow(db, id, v.version) ? [stored] : [];
    });
    if (!versions.length) return {};
    const updates = historyOf(db, id).map(({ sourceId: _sourceId, reanchors, ...update }) => ({
      ...update,
      reanchors: reanchors.map(({ updateId: _updateId, ...r }) => r),
    }));
    return { versions, currentVersion: currentVersionOf(db, id), updates };
  }

  /** The review history back as it was, checked against the versions and quotes restored with it. */
  function restoreHistory(sourceId: SourceId, deleted: DeletedSource): void {
    const versions = new Set((deleted.versions ?? []).map((v) => v.version));
    const quotes = new Set(deleted.quotes.map((q) => q.id as number));
    for (const { reanchors, ...update } of deleted.updates ?? []) {
      if (findUpdate(db, update.id))
        throw new AppError('conflict', 'The source cannot come back: its history is in use.');
      if (
        !versions.has(update.fromVersion) ||
        !versions.has(update.toVersion) ||
        reanchors.some((r) => !quotes.has(r.quoteId))
      )
        throw new AppError('invalid-input', 'The source cannot come back: its update history does not match it.');
      restoreUpdate(db, { ...update, sourceId }, reanchors);
    }
  }

  const service = {
    async list(filter: SourceFilter = {}): Promise<SourceSummary[]> {
      return listSources(db, filter);
    },

    async get(id: SourceId): Promise<Source> {
      const source = findSource(db, id);
      if (!source) throw new AppError('not-found', 'That source is no longer in this project.');
      return { ...source, blocks: listSourceBlocks(db, id), currentVersion: currentVersionOf(db, id) };
    },

    async updateMetadata(id: SourceId, metadata: SourceMetadata): Promise<SourceSummary> {
      if (!updateSourceMetadata(db, id, metadata))
        throw new AppError('not-found', 'That source is no longer in this project.');
      const { text: _text, ...summary } = findSource(db, id)!;
      return summary;
    },

    /** Deletes a source and the quotes taken from it, returning all of it so the user can undo. */
    async remove(id: SourceId): Promise<DeletedSource> {
      return db.transaction(() => {
        const stored = findSource(db, id);
        const provenance = sourceProvenance(db, id);
        if (!stored || !provenance) throw new AppError('not-found', 'That source is no longer in this project.');
        const snapshot: DeletedSource = {
          source: {
            ...stored,
            blocks: listSourceBlocks(db, id),
            format: provenance.format as DeletedSource['source']['format'],
            fileName: provenance.fileName,
          },
          quotes: listQuotes(db, { sourceId: id }),
          ...versionsOf(id),
        };
        deleteSource(db, id);
        return snapshot;
      })();
    },

    /** Undoes a delete: the same text, structure, ids and quotes, or nothing if anything has changed since. */
    async restore(deleted: DeletedSource): Promise<SourceSummary> {
      const { source, quotes } = deleted;
      const text = canonicalText(source.text);
      if (text !== source.text)
        throw new AppError('invalid-input', 'The source cannot come back: its text is not as it was stored.');
      db.transaction(() => {
        if (findSource(db, source.id)) throw new AppError('conflict', 'That source is already in this project.');
        if (findSourceIdByHash(db, contentHash(text)) !== null)
          throw new AppError('conflict', 'The same text has been imported again since.');
        insertSource(db, {
          ...source,
          id: source.id,
          contentHash: contentHash(text),
          fileName: source.fileName,
          format: source.format,
        });
        insertSourceBlocks(db, source.id, source.blocks);
        const versions = deleted.versions ?? [];
        for (const v of versions) insertVersion(db, source.id, v);
        const current = deleted.currentVersion ?? 1;
        if (current !== 1) db.prepare('UPDATE sources SET current_version = ? WHERE id = ?').run(current, source.id);
        const textOf = (n: number) => (n === current ? text : versions.find((v) => v.version === n)?.text);
        for (const q of quotes) {
          const cited = textOf(q.sourceVersion);
          if (
            q.sourceId !== source.id ||
            cited === undefined ||
            q.fragments.some((f) => cited.slice(f.start, f.end) !== f.text)
          ) {
            throw new AppError(
              'invalid-input',
              'The source cannot come back: one of its quotes does not match its text.',
            );
          }
          const questionIds = q.questionIds.filter((t) => countExistingItems(db, [t]) === 1);
          insertQuote(db, {
            id: q.id,
            sourceId: source.id,
            sourceVersion: q.sourceVersion,
            fragments: q.fragments,
            questionIds,
            note: q.note,
            createdAt: q.createdAt,
          });
        }
        restoreHistory(source.id, deleted);
      })();
      const { text: _text, ...summary } = findSource(db, source.id)!;
      return summary;
    },

    /** Stores a plain text as written (the sample project's documents, and tests). */
    async importText(metadata: SourceMetadata, rawText: string): Promise<SourceId> {
      const doc = plainTextDocument(canonicalText(rawText));
      return (await service.importDocument({ metadata, doc, format: 'txt', fileName: null })).id;
    },

    /**
     * Stores an imported document, its structure and metadata in one transaction. The text is kept exactly;
     * the same text twice is reported as a duplicate, not stored again.
     */
    async importDocument(input: {
      metadata: SourceMetadata;
      doc: ExtractedDocument;
      format: string;
      fileName: string | null;
    }): Promise<SourceSummary> {
      const { text, blocks } = input.doc;
      if (canonicalText(text) !== text)
        throw new AppError('internal', 'An importer produced text that is not in canonical form.');
      if (text.trim() === '') throw new AppError('invalid-input', `"${input.metadata.title}" has no text to import.`);
      // Blocks must lie inside the text, in order, without overlapping: the reader shows each character once.
      if (blocks.some((b, i) => b.end > text.length || b.start > b.end || (i > 0 && b.start < blocks[i - 1]!.end))) {
        throw new AppError('internal', 'An importer produced block offsets outside its text.');
      }
      const hash = contentHash(text);
      const id = db.transaction(() => {
        const existing = findSourceIdByHash(db, hash);
        if (existing !== null) {
          const title = findSource(db, existing)?.title ?? 'another source';
          throw new AppError(
            'conflict',
            `"${input.fileName ?? input.metadata.title}" is already in this project, as "${title}".`,
          );
        }
        const sourceId = insertSource(db, {
          ...input.metadata,
          text,
          contentHash: hash,
          importedAt: now().toISOString(),
          format: input.format,
          fileName: input.fileName,
        });
        insertSourceBlocks(db, sourceId, blocks);
        return sourceId;
      })();
      const stored = findSource(db, id);
      if (!stored) throw new AppError('internal', 'The source was saved but could not be read back.');
      const { text: _text, ...summary } = stored;
      return summary;
    },
  };
  return service;
}
export type SourcesService = ReturnType<typeof createSourcesService>;
