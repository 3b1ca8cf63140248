import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DRAFT_FILE_BYTES } from '../../shared/ipc/limits.ts';
import type { DraftFileChosen } from '../../shared/ipc/events.ts';

/** The file types File › Import a Draft… offers, as the page's own picker does. */
export const DRAFT_FILTERS = [
  { name: 'Draft (Word or Markdown)', extensions: ['docx', 'md', 'markdown'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Reads a draft file chosen in main's dialog for the page to import. At most one byte over the limit is read: the
 * import then refuses the file as too large in its own words, without main holding a huge file in memory.
 */
export async function readDraftFile(path: string): Promise<DraftFileChosen> {
  const fileName = basename(path);
  try {
    const file = await open(path, 'r');
    try {
      const buffer = new Uint8Array(MAX_DRAFT_FILE_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      return { fileName, bytes: buffer.slice(0, length) };
    } finally {
      await file.close();
    }
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is not there any more' : 'it could not be read';
    return { fileName, message: `"${fileName}" was not imported: ${reason}.` };
  }
}
