import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SourceId } from '../../shared/ids.ts';
import type { Source, SourceMetadata, SourceSummary } from '../../shared/domain/source.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { findSource, findSourceIdByHash, insertSource, listSources } from './repositories/sourcesRepository.ts';

/** One canonical form for stored text: quotes anchor to its offsets, so it must never change after import. */
export function canonicalText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function createSourcesService(db: Database, now: () => Date = () => new Date()) {
  return {
    async list(): Promise<SourceSummary[]> {
      return listSources(db);
    },

    async get(id: SourceId): Promise<Source> {
      const source = findSource(db, id);
      if (!source) throw new AppError('not-found', 'That source is no longer in this project.');
      return source;
    },

    /** Stores a source's text exactly; the same text twice is a duplicate, not a second copy. */
    async importText(metadata: SourceMetadata, rawText: string): Promise<SourceId> {
      const text = canonicalText(rawText);
      if (text.trim() === '') throw new AppError('invalid-input', `"${metadata.title}" has no text to import.`);
      const hash = contentHash(text);
      return db.transaction(() => {
        const existing = findSourceIdByHash(db, hash);
        if (existing !== null) {
          throw new AppError('conflict', `"${metadata.title}" is already in this project.`);
        }
        return insertSource(db, { ...metadata, text, contentHash: hash, importedAt: now().toISOString() });
      })();
    },
  };
}
export type SourcesService = ReturnType<typeof createSourcesService>;
