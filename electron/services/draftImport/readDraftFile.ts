import mammoth from 'mammoth';
import type { DocBlock } from '../../../shared/draft/documentModel.ts';
import { markdownBlocks } from '../../../shared/draftImport/markdownBlocks.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { MAX_DRAFT_FILE_BYTES } from '../../../shared/ipc/limits.ts';
import { checkUnpackedSize } from '../importers/docx/importDocx.ts';
import { readZipDirectory } from '../importers/docx/zipDirectory.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportFile } from '../importers/importer.ts';
import { decodeText } from '../importers/text/decodeText.ts';
import { htmlBlocks } from './htmlBlocks.ts';

const MB = 1024 * 1024;

const LIMITS = { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: MAX_DRAFT_FILE_BYTES, maxUnpackedBytes: 200 * MB };

// An encrypted (password-protected) Word file is not a zip but an OLE compound file, as old .doc files are.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuse(message: string): AppError {
  return new AppError('invalid-input', message);
}

async function docxBlocks(file: ImportFile): Promise<DocBlock[]> {
  if (OLE_MAGIC.every((b, i) => file.bytes[i] === b)) {
    throw refuse(
      `"${file.fileName}" is password-protected (or is an old .doc file), so it could not be read. Open it in Word, remove the password or save it as a .docx, then import it again.`,
    );
  }
  const entries = readZipDirectory(file.bytes);
  if (!entries || !entries.some((e) => e.name === 'word/document.xml'))
    throw refuse(`"${file.fileName}" is damaged or is not a Word (.docx) document, so it could not be read.`);
  await checkUnpackedSize(file, entries, LIMITS);
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) },
      {
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    return htmlBlocks(`<!doctype html><html><body>${value}</body></html>`);
  } catch {
    throw refuse(`"${file.fileName}" is damaged or is not a Word (.docx) document, so it could not be read.`);
  }
}

/** A draft written elsewhere (Word, or Markdown from a shared document) as blocks, or a clear refusal. */
export async function readDraftFile(file: ImportFile): Promise<DocBlock[]> {
  if (file.bytes.length === 0) throw refuse(`"${file.fileName}" is empty.`);
  if (file.bytes.length > MAX_DRAFT_FILE_BYTES)
    throw refuse(
      `"${file.fileName}" is larger than ${MAX_DRAFT_FILE_BYTES / MB} MB, the most a draft to import can be.`,
    );
  const name = file.fileName.toLowerCase();
  if (name.endsWith('.docx')) return docxBlocks(file);
  if (name.endsWith('.md') || name.endsWith('.markdown') || name.endsWith('.txt'))
    return markdownBlocks(decodeText(file.bytes, file.fileName).text);
  throw refuse(`"${file.fileName}" is not a draft this can read: import a Word (.docx) or Markdown (.md) file.`);
}
