import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Importer } from '../importer.ts';
import { htmlToDocument } from '../html/htmlToDocument.ts';
import { readZipDirectory, type ZipEntry } from './zipDirectory.ts';

// Word files compress well, but not a thousandfold; a bomb's entries claim exactly that.
const MAX_RATIO = 1000;

function damaged(fileName: string): AppError {
  return new AppError('invalid-input', `"${fileName}" is damaged or is not a Word (.docx) document, so it could not be read.`);
}

/** One small entry unpacked by hand (docProps/core.xml), for the document's own title and author. */
function readEntry(bytes: Uint8Array, entry: ZipEntry): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50 || entry.uncompressedSize > 1_000_000) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return new TextDecoder().decode(data);
    if (entry.method === 8) return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: 1_000_000 }));
  } catch {
    return null;
  }
  return null;
}

function coreProperty(xml: string | null, tag: string): string | undefined {
  const match = xml ? new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml) : null;
  const value = match?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();
  return value || undefined;
}

/** A Word document: headings, paragraphs, lists and tables in order, footnotes and endnotes kept as notes. */
export const importDocx: Importer = async (file, limits) => {
  const entries = readZipDirectory(file.bytes);
  if (!entries || !entries.some((e) => e.name === 'word/document.xml')) throw damaged(file.fileName);
  const unpacked = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  const bomb = entries.some((e) => e.compressedSize > 0 && e.uncompressedSize / e.compressedSize > MAX_RATIO);
  if (unpacked > limits.maxUnpackedBytes || bomb) {
    const mb = Math.round(Math.max(unpacked, limits.maxUnpackedBytes) / 1024 / 1024);
    throw new AppError('invalid-input', `"${file.fileName}" unpacks to more than ${mb} MB, which is not a normal Word document, so it was not imported.`);
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) })).value;
  } catch {
    throw damaged(file.fileName);
  }
  const doc = htmlToDocument(`<body>${html}</body>`, {
    isNote: (li) => /^(footnote|endnote)-\d+$/.test(li.attrs.find((a) => a.name === 'id')?.value ?? ''),
    noteNoise: /↑/g,
  });
  const coreEntry = entries.find((e) => e.name === 'docProps/core.xml');
  const core = coreEntry ? readEntry(file.bytes, coreEntry) : null;
  const title = coreProperty(core, 'dc:title') ?? doc.stated.title;
  const author = coreProperty(core, 'dc:creator');
  // The document's own title (core properties) wins; its first heading is the fallback.
  return { ...doc, stated: { ...(title ? { title } : {}), ...(author ? { author } : {}) } };
};
