import { expect } from 'vitest';
import { AppError } from '../../../shared/ipc/result.ts';
import type { ExtractedDocument, SourceBlock } from '../../../shared/sources/sourceStructure.ts';
import {
  DEFAULT_IMPORT_LIMITS,
  type Importer,
  type ImportLimits,
} from '../../../electron/services/importers/importer.ts';

/** File bytes from text (UTF-8), byte values and buffers, joined. */
export const bytesOf = (...parts: (string | number[] | Buffer)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

/** Each block as [kind, its text]. */
export const blocks = (doc: ExtractedDocument) => doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);

/** The texts of the blocks of one kind. */
export const blockTexts = (doc: ExtractedDocument, kind: SourceBlock['kind']) =>
  doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

/** Every block is non-empty trimmed text, and blocks come in text order without overlapping. */
export function expectWellFormed(doc: ExtractedDocument) {
  let previousEnd = 0;
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(text.trim());
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = block.end;
  }
}

export function expectInOrder(text: string, ...phrases: string[]) {
  const at = phrases.map((p) => text.indexOf(p));
  at.forEach((i, n) => expect(i, phrases[n]).toBeGreaterThanOrEqual(0));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

/** An importer's refusal: an invalid-input error naming the file. Returns its message. */
export async function refusal(
  importer: Importer,
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<string> {
  const error = await importer({ fileName, bytes }, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('invalid-input');
  expect((error as AppError).message).toContain(`"${fileName}"`);
  return (error as AppError).message;
}
