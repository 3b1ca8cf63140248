import { AppError } from '../../../shared/ipc/result.ts';
import type { RefiText } from '../../../shared/refiQda/refiModel.ts';
import type { Skipped } from '../../../shared/refiQda/refiImportReport.ts';
import type { RefiArchive } from './refiArchive.ts';

/** A source's plain text, from the XML or from its file in the archive; or why it cannot be had. */
export function readSourceText(
  archive: RefiArchive,
  fileName: string,
  sourceName: string,
  text: RefiText | null,
): string | Skipped {
  if (!text) return { item: `"${sourceName}"`, reason: 'it has no plain text in the file' };
  if ('content' in text) return text.content;
  if (!/^internal:\/\//i.test(text.path))
    return {
      item: `"${sourceName}"`,
      reason: `its text is kept outside the .qdpx (${text.path}), so it could not be read`,
    };
  const bytes = archive.readInternal(text.path);
  // The project says the file is in the archive and it is not: the archive is incomplete, so nothing is imported.
  if (!bytes)
    throw new AppError(
      'invalid-input',
      `"${fileName}" was not imported: the text of "${sourceName}" (${text.path}) is missing from it.`,
    );
  // The standard's text files are UTF-8; a byte-order mark is kept, as the positions may count it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
