import { plainTextDocument } from '../../../../shared/sources/plainTextDocument.ts';
import { canonicalText } from '../../sourcesService.ts';
import type { Importer } from '../importer.ts';
import { decodeText } from './decodeText.ts';

/** Plain text is stored exactly as written (in canonical form), its paragraphs recorded as blocks. */
export const importPlainText: Importer = async (file) => plainTextDocument(canonicalText(decodeText(file.bytes, file.fileName).text));
