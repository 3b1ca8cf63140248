import { AppError } from '../../../../shared/ipc/result.ts';
import type { ImportFile, ImportLimits } from '../importer.ts';

/** Megabytes as a person would say them: whole numbers from 10 MB up, one decimal below. */
export function megabytes(bytes: number): number {
  const size = bytes / 1024 / 1024;
  return size >= 10 ? Math.round(size) : Number(size.toFixed(1));
}

/** The checks every importer makes before reading a byte: the file has something in it and is not too big. */
export function checkFile(file: ImportFile, limits: ImportLimits): void {
  if (file.bytes.length === 0) throw new AppError('invalid-input', `"${file.fileName}" is empty.`);
  if (file.bytes.length > limits.maxFileBytes) {
    throw new AppError(
      'invalid-input',
      `"${file.fileName}" is larger than ${megabytes(limits.maxFileBytes)} MB, the most one file can be.`,
    );
  }
}
