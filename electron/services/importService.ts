import { basename, extname } from 'node:path';
import type { SourceMetadata, SourceSummary } from '../../shared/domain/source.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { guessMetadata } from '../../shared/sources/guessMetadata.ts';
import { firstHeading, isPlaceholderTitle } from '../../shared/sources/sourceTitle.ts';
import type { ExtractedDocument } from '../../shared/sources/sourceStructure.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportFile, type ImportLimits, type Importer } from './importers/importer.ts';
import type { SourcesService } from './sourcesService.ts';

export const SOURCE_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
export type ImporterSet = Record<SourceFormat, Importer>;

const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

function startsWith(bytes: Uint8Array, signature: string): boolean {
  return signature.split('').every((c, i) => bytes[i] === c.charCodeAt(0));
}

/** The format by the file's own signature first (a PDF renamed .txt is still a PDF), then by its extension. */
export function detectFormat(file: ImportFile): SourceFormat {
  if (startsWith(file.bytes, '%PDF-')) return 'pdf';
  const byExtension = EXTENSIONS[extname(file.fileName).toLowerCase()];
  if (byExtension) return byExtension;
  if (startsWith(file.bytes, 'PK\u0003\u0004')) return 'docx';
  throw new AppError(
    'invalid-input',
    `"${file.fileName}" is not a format Consultation Workbench can import. Use .txt, .md, .html, .docx or .pdf.`,
  );
}

function titleFromFileName(fileName: string): string {
  const stem = basename(fileName, extname(fileName)).replace(/[_-]+/g, ' ').trim();
  return stem || 'Untitled source';
}

/**
 * Stated metadata wins over guesses from the text; the user can change any of it afterwards. The title is the one the
 * file states (a Word file's or PDF's properties) unless that is a tool's placeholder, else its first heading, else
 * (for plain text) its first line, else the file name.
 */
export function metadataFor(doc: ExtractedDocument, fileName: string, format: SourceFormat): SourceMetadata {
  const stated = doc.stated.title?.trim();
  const ownTitle = (stated && !isPlaceholderTitle(stated) ? stated : null) || firstHeading(doc);
  const pages = doc.blocks.reduce((n, b) => Math.max(n, b.page ?? 0), 0);
  const guessed = guessMetadata(doc.text, fileName, { title: ownTitle, pages: pages || null });
  const title = ownTitle || (format === 'txt' || format === 'md' ? guessed.title : null) || titleFromFileName(fileName);
  const url = doc.stated.url && /^https?:\/\//i.test(doc.stated.url) ? doc.stated.url.slice(0, 2000) : null;
  const publishedOn =
    doc.stated.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(doc.stated.publishedOn)
      ? doc.stated.publishedOn
      : guessed.publishedOn;
  return {
    title: title.slice(0, 500),
    // A named author, else one the text names (a minister answering), else the publisher (a council, a department).
    author: (doc.stated.author?.trim() || guessed.author || doc.stated.publisher?.trim())?.slice(0, 500) || null,
    publishedOn,
    url,
    kind: guessed.kind === 'other' && format === 'html' ? 'web-page' : guessed.kind,
  };
}

export type ImportOutcome = { source: SourceSummary; format: SourceFormat };

export function createImportService(
  sources: SourcesService,
  importers: ImporterSet,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
) {
  const service = {
    /**
     * The user is choosing files: importers that are slow to start get ready meanwhile. Never fails: an importer that
     * could not get ready says why when it imports.
     */
    async prepare(): Promise<void> {
      await Promise.all(Object.values(importers).map((importer) => importer.prepare?.().catch(() => {})));
    },

    /**
     * Reads one file's text and structure without storing anything (for a new source, or a new version of one):
     * a file that cannot be read, or breaks a limit, is refused with a message saying why.
     */
    async extract(file: ImportFile): Promise<{ doc: ExtractedDocument; format: SourceFormat }> {
      if (file.bytes.length === 0) throw new AppError('invalid-input', `"${file.fileName}" is empty.`);
      if (file.bytes.length > limits.maxFileBytes) {
        const size = limits.maxFileBytes / 1024 / 1024;
        const mb = size >= 10 ? Math.round(size) : Number(size.toFixed(1));
        throw new AppError('invalid-input', `"${file.fileName}" is larger than ${mb} MB, the most one file can be.`);
      }
      const format = detectFormat(file);
      const doc = await importers[format](file, limits);
      if (doc.text.trim() === '') throw new AppError('invalid-input', `"${file.fileName}" has no text to import.`);
      if (doc.text.length > limits.maxTextChars) {
        throw new AppError(
          'invalid-input',
          `"${file.fileName}" has more text than one source can hold; split it into parts.`,
        );
      }
      return { doc, format };
    },

    /**
     * Reads one file into the project, all or nothing: a file that cannot be read, is a duplicate,
     * or breaks a limit leaves the project exactly as it was.
     */
    async importFile(file: ImportFile, overrides: Partial<SourceMetadata> = {}): Promise<ImportOutcome> {
      const { doc, format } = await service.extract(file);
      const metadata = { ...metadataFor(doc, file.fileName, format), ...overrides };
      const source = await sources.importDocument({ metadata, doc, format, fileName: basename(file.fileName) });
      return { source, format };
    },
  };
  return service;
}
export type ImportService = ReturnType<typeof createImportService>;
