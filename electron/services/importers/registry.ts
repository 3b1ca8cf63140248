import type { ImporterSet } from '../importService.ts';
import { importPlainText } from './text/importPlainText.ts';
import { importMarkdown } from './text/importMarkdown.ts';
import { importHtml } from './html/importHtml.ts';
import { importDocx } from './docx/importDocx.ts';
import { AppError } from '../../../shared/ipc/result.ts';

// TEMPORARY until the PDF importer lands.
const pdfNotYet: ImporterSet['pdf'] = async (file) => {
  throw new AppError('invalid-input', `"${file.fileName}" is damaged or is not a PDF, so it could not be read.`);
};

/** One importer per format the app accepts. */
export const defaultImporters: ImporterSet = {
  txt: importPlainText,
  md: importMarkdown,
  html: importHtml,
  docx: importDocx,
  pdf: pdfNotYet,
};
