import { plainTextDocument } from '../../../../shared/sources/plainTextDocument.ts';
import { canonicalText } from '../../sourcesService.ts';
import type { Importer } from '../importer.ts';
import { checkFile } from './checkFile.ts';
import { decodeText } from './decodeText.ts';

/**
 * Plain text is stored exactly as written (in canonical form: \n line endings, no byte-order mark), its
 * paragraphs (runs of non-blank lines, inner line breaks kept) recorded as blocks over that text.
 */
export const importPlainText: Importer = async (file, limits) => {
  checkFile(file, limits);
  return plainTextDocument(canonicalText(decodeText(file.bytes, file.fileName).text));
};
