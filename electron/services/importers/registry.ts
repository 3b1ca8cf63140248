import type { ImporterSet } from '../importService.ts';
import { importPlainText } from './text/importPlainText.ts';
import { importMarkdown } from './text/importMarkdown.ts';
import { importHtml } from './html/importHtml.ts';
import { importDocx } from './docx/importDocx.ts';
import { importPdf } from './pdf/importPdf.ts';

/** One importer per format the app accepts. */
export const defaultImporters: ImporterSet = {
  txt: importPlainText,
  md: importMarkdown,
  html: importHtml,
  docx: importDocx,
  pdf: importPdf,
};
