import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportResult } from '../../shared/ipc/contract.ts';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/limits.ts';
import type { ImportProgress } from '../../shared/ipc/events.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';

/** The file types File › Import Sources… offers, as the page's own picker does. */
export const IMPORT_FILTERS = [
  {
    name: 'Documents (PDF, Word, web page, text)',
    extensions: ['pdf', 'docx', 'html', 'htm', 'txt', 'text', 'md', 'markdown'],
  },
  { name: 'All files', extensions: ['*'] },
];

let nextBatch = 1;

/**
 * Imports the files chosen in main's own dialog one at a time through the same contract call as the page's picker
 * (so the same checks apply), each all or nothing, telling the page each step so it shows and refreshes as it does
 * for its own imports.
 */
export async function importPaths(
  paths: readonly string[],
  importOne: (file: { fileName: string; bytes: Uint8Array }) => Promise<IpcResult<unknown>>,
  report: (progress: ImportProgress) => void,
): Promise<void> {
  const batch = nextBatch++;
  for (const [index, path] of paths.entries()) {
    const key = `menu-${batch}-${index}`;
    const fileName = basename(path);
    report({ key, fileName, status: 'importing', message: 'Importing…' });
    try {
      const { size } = await stat(path);
      if (size > MAX_IMPORT_BYTES) {
        const limit = MAX_IMPORT_BYTES / 1024 / 1024;
        report({
          key,
          fileName,
          status: 'failed',
          message: `"${fileName}" is larger than ${limit} MB, the most one file can be.`,
        });
        continue;
      }
      const outcome = await importOne({ fileName, bytes: new Uint8Array(await readFile(path)) });
      if (outcome.ok) {
        const result = outcome.value as ImportResult;
        report({ key, fileName, status: 'imported', message: `Imported as “${result.source.title}”`, result });
      } else {
        report({ key, fileName, status: 'failed', message: outcome.error.message });
      }
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is not there any more' : 'it could not be read';
      report({ key, fileName, status: 'failed', message: `"${fileName}" was not imported: ${reason}.` });
    }
  }
}
