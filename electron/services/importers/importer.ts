import type { ExtractedDocument } from '../../../shared/sources/sourceStructure.ts';

/** The file as read from disk or dropped on the window. */
export type ImportFile = { fileName: string; bytes: Uint8Array };

/** Limits that keep a hostile or absurd file from hurting the app; each has a clear message when hit. */
export type ImportLimits = {
  maxFileBytes: number;
  /** For zipped formats (.docx): the total size once unpacked. */
  maxUnpackedBytes: number;
  maxPages: number;
  /** Extraction that takes longer than this is stopped (PDF runs in a worker that can be terminated). */
  timeoutMs: number;
  /** Canonical text longer than this is refused. */
  maxTextChars: number;
};

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUnpackedBytes: 500 * 1024 * 1024,
  maxPages: 5_000,
  timeoutMs: 120_000,
  maxTextChars: 50_000_000,
};

/**
 * Turns one file's bytes into a canonical text and its structure. Throws AppError('invalid-input', message)
 * with a message a non-technical user can act on, naming the file, for anything it cannot read.
 */
export type Importer = ((file: ImportFile, limits: ImportLimits) => Promise<ExtractedDocument>) & {
  /** Gets a reader that is slow to start ready before a file arrives (a PDF reader thread loads pdf.js). */
  prepare?: () => Promise<void>;
};
