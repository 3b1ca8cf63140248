import { createInflateRaw, inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { ImportLimits, Importer } from '../importer.ts';
import { htmlToDocument } from '../html/htmlToDocument.ts';
import { checkFile, megabytes } from '../text/checkFile.ts';
import { entryData, readZipDirectory, type ZipEntry } from './zipDirectory.ts';

const MB = 1024 * 1024;
// Word's XML compresses perhaps twentyfold and pictures hardly at all; a big part that shrinks a hundredfold
// is a bomb's padding. Small parts may compress well, so only big ones are held to this.
const MAX_RATIO = 100;
const RATIO_APPLIES_FROM = 10 * MB;
// A Word document has tens of parts, a few hundred with many pictures.
const MAX_ENTRIES = 10_000;

function damaged(fileName: string): AppError {
  return new AppError(
    'invalid-input',
    `"${fileName}" is damaged or is not a Word (.docx) document, so it could not be read.`,
  );
}

function bomb(fileName: string, mb: number): AppError {
  return new AppError(
    'invalid-input',
    `"${fileName}" unpacks to more than ${mb} MB, which is not a normal Word document, so it was not imported.`,
  );
}

function absurd(size: number, compressed: number): boolean {
  return size > RATIO_APPLIES_FROM && size / Math.max(1, compressed) > MAX_RATIO;
}

/** How many bytes deflated data really unpacks to, counted as it streams and stopped past `cap`; null if it will not unpack. */
function inflatedSize(data: Uint8Array, cap: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    let done = false;
    const finish = (size: number | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap || absurd(total, data.length)) finish(total);
    });
    inflate.on('end', () => finish(total));
    inflate.on('error', () => finish(null));
    inflate.end(data);
  });
}

/**
 * Refuses a zip bomb before mammoth unpacks anything: first by what the central directory claims, then by
 * what each part really unpacks to (a bomb can lie in its directory), counted without keeping the bytes.
 */
export async function checkUnpackedSize(
  file: { fileName: string; bytes: Uint8Array },
  entries: ZipEntry[],
  limits: ImportLimits,
): Promise<void> {
  if (entries.length > MAX_ENTRIES) {
    throw new AppError(
      'invalid-input',
      `"${file.fileName}" holds more than ${MAX_ENTRIES} parts, which is not a normal Word document, so it was not imported.`,
    );
  }
  const claimed = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (claimed > limits.maxUnpackedBytes) throw bomb(file.fileName, megabytes(limits.maxUnpackedBytes));
  const claimedBomb = entries.find((e) => absurd(e.uncompressedSize, e.compressedSize));
  if (claimedBomb) throw bomb(file.fileName, Math.floor(claimedBomb.uncompressedSize / MB));
  let total = 0;
  for (const entry of entries) {
    const data = entryData(file.bytes, entry);
    if (!data) continue;
    // A part that will not unpack is left to the reader below, which says the file is damaged if it needs it.
    const size = entry.method === 8 ? await inflatedSize(data, limits.maxUnpackedBytes - total) : data.length;
    if (size === null) continue;
    total += size;
    if (total > limits.maxUnpackedBytes) throw bomb(file.fileName, megabytes(limits.maxUnpackedBytes));
    if (absurd(size, data.length)) throw bomb(file.fileName, Math.floor(size / MB));
  }
}

/** One small part unpacked by hand (docProps/core.xml), for the document's own title and author. */
function readSmallEntry(bytes: Uint8Array, entry: ZipEntry): string | null {
  if (entry.uncompressedSize > MB) return null;
  const data = entryData(bytes, entry);
  if (!data) return null;
  try {
    if (entry.method === 0) return new TextDecoder().decode(data);
    if (entry.method === 8) return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: MB }));
  } catch {
    return null;
  }
  return null;
}

function xmlText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (m, hex: string) => safeCodePoint(parseInt(hex, 16)) ?? m)
    .replace(/&#(\d+);/g, (m, dec: string) => safeCodePoint(Number(dec)) ?? m)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function safeCodePoint(n: number): string | null {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/** A Dublin Core property (dc:title, dc:creator) from docProps/core.xml, whatever prefix the file gives it. */
function coreProperty(xml: string | null, name: 'title' | 'creator'): string | undefined {
  if (!xml) return undefined;
  const match = new RegExp(`<(\\w+:)?${name}(\\s[^>]*)?>([\\s\\S]*?)</\\1?${name}>`).exec(xml);
  const value = match
    ? xmlText(match[3] ?? '')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
  return value || undefined;
}

// Word's Title and Subtitle styles are headings too; quotations are paragraphs either way.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A Word document: headings, paragraphs, lists and tables in order, footnotes and endnotes kept as notes. */
export const importDocx: Importer = async (file, limits) => {
  checkFile(file, limits);
  const entries = readZipDirectory(file.bytes);
  if (!entries || !entries.some((e) => e.name === 'word/document.xml')) throw damaged(file.fileName);
  await checkUnpackedSize(file, entries, limits);

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Pictures are not text: keep their alt text only, never unpack them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw damaged(file.fileName);
  }
  // Comments are left out (mammoth drops them unless asked); footnotes and endnotes become notes at the end.
  const doc = htmlToDocument(`<!doctype html><html><body>${html}</body></html>`, {
    isNote: (li) => /^(footnote|endnote)-\d+$/.test(li.attrs.find((a) => a.name === 'id')?.value ?? ''),
    noteNoise: /↑/g,
  });
  const coreEntry = entries.find((e) => e.name === 'docProps/core.xml');
  const core = coreEntry ? readSmallEntry(file.bytes, coreEntry) : null;
  // The document's own title (core properties) wins; its first heading is the fallback.
  const title = coreProperty(core, 'title') ?? doc.stated.title;
  const author = coreProperty(core, 'creator');
  return { ...doc, stated: { ...(title ? { title } : {}), ...(author ? { author } : {}) } };
};
