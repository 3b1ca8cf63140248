import type { ImportFile } from '../../electron/services/importers/importer.ts';
import type { SourceMetadata } from '../../shared/domain/source.ts';

/** A file as the import service receives it, from a string written as UTF-8. */
export function textFile(fileName: string, text: string): ImportFile {
  return { fileName, bytes: new TextEncoder().encode(text) };
}

/** Metadata for sources.importText, with only the title and kind given. */
export function metadata(title: string, extra: Partial<SourceMetadata> = {}): SourceMetadata {
  return { title, author: null, publishedOn: null, url: null, kind: 'other', ...extra };
}
