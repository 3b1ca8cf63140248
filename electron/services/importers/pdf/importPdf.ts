import { AppError } from '../../../../shared/ipc/result.ts';
import { layoutPdf } from '../../../../shared/pdf/pdfLayout.ts';
import type { Importer } from '../importer.ts';
import { preparePdfReader, readPdfPages } from './readPdfPages.ts';

/** Whether `text` has at least `count` characters other than white space: stops counting there, not at the end. */
function hasVisibleChars(text: string, count: number): boolean {
  const visible = /\S/g;
  for (let found = 0; found < count; found++) if (!visible.test(text)) return false;
  return true;
}

/** A PDF: text per page in reading order (two columns read column by column), hyphenated words rejoined. */
export const importPdf: Importer = async (file, limits) => {
  const name = file.fileName;
  // Checked before pdf.js sees a byte (the import service checks too; the importer is safe on its own).
  if (file.bytes.length === 0) throw new AppError('invalid-input', `"${name}" is empty.`);
  if (file.bytes.length > limits.maxFileBytes) {
    const size = limits.maxFileBytes / 1024 / 1024;
    const mb = size >= 10 ? Math.round(size) : Number(size.toFixed(1));
    throw new AppError('invalid-input', `"${name}" is larger than ${mb} MB, the most one file can be.`);
  }
  const result = await readPdfPages(file.bytes, { maxPages: limits.maxPages, timeoutMs: limits.timeoutMs });
  if (!result.ok) {
    const messages = {
      password: `"${name}" is password-protected. Remove the password (for example, print it to a new PDF) and import it again.`,
      damaged: `"${name}" is damaged or is not a PDF, so it could not be read.`,
      'too-many-pages': `"${name}" has ${result.pages ?? 'too many'} pages; the most one source can have is ${limits.maxPages}. Split it into parts.`,
      timeout: `"${name}" took too long to read and was stopped.`,
    };
    throw new AppError('invalid-input', messages[result.reason]);
  }
  const doc = layoutPdf(result.pages, {
    ...(result.title?.trim() ? { title: result.title.trim() } : {}),
    ...(result.author?.trim() ? { author: result.author.trim() } : {}),
  });
  if (!hasVisibleChars(doc.text, Math.max(1, result.pages.length))) {
    throw new AppError(
      'invalid-input',
      `"${name}" has no text layer (it looks like scanned images). Run it through OCR first, then import the result.`,
    );
  }
  return doc;
};
// A new reader thread loads pdf.js and is slow on its first file, as is the layout here until V8 has optimised it:
// this has a reader ready, and lays out what it read, while the user picks files.
importPdf.prepare = async () => {
  const warmUp = await preparePdfReader();
  if (warmUp?.ok) layoutPdf(warmUp.pages);
};
