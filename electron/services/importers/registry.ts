import { AppError } from '../../../shared/ipc/result.ts';
import { plainTextDocument } from '../../../shared/sources/plainTextDocument.ts';
import { canonicalText } from '../sourcesService.ts';
import type { ImporterSet } from '../importService.ts';
import type { Importer } from './importer.ts';

// TEMPORARY while the format importers land: only UTF-8 text.
const utf8Text: Importer = async (file) => plainTextDocument(canonicalText(new TextDecoder('utf-8').decode(file.bytes)));
const notYet: Importer = async (file) => {
  throw new AppError('invalid-input', `"${file.fileName}" cannot be imported yet.`);
};

export const defaultImporters: ImporterSet = { txt: utf8Text, md: utf8Text, html: notYet, docx: notYet, pdf: notYet };
