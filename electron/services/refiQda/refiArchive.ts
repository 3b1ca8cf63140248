import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/ipc/result.ts';
import { entryData, readZipDirectory, type ZipEntry } from '../importers/docx/zipDirectory.ts';
import type { ImportFile } from '../importers/importer.ts';
import { decodeXml } from './decodeXml.ts';

export type RefiArchiveLimits = {
  /** The most the whole archive may unpack to. */
  maxUnpackedBytes: number;
  maxEntries: number;
};

export const DEFAULT_REFI_ARCHIVE_LIMITS: RefiArchiveLimits = {
  maxUnpackedBytes: 500 * 1024 * 1024,
  // A project has a file or two per source; tens of thousands means something else.
  maxEntries: 20_000,
};

const MB = 1024 * 1024;
// Text and XML compress perhaps tenfold; a big entry that shrinks a thousandfold is a bomb's padding.
const MAX_RATIO = 1000;
const RATIO_APPLIES_FROM = 10 * MB;

/** A .qdpx opened for reading: its project.qde, and its other files read one at a time, each within the limits. */
export type RefiArchive = {
  qdeName: string;
  qde: string;
  /** An internal:// path's bytes, or null if the archive does not hold it. */
  readInternal(path: string): Uint8Array | null;
};

function refuse(fileName: string, why: string): AppError {
  return new AppError('invalid-input', `"${fileName}" was not imported: ${why}`);
}

/** An entry name that would land outside a folder it was unpacked into: "../x", "/etc/x", "C:\x". */
function climbsOut(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..');
}

/**
 * Checks the zip's table of contents before anything is unpacked (too many entries, too much claimed, a name that
 * climbs out), then unpacks only what is asked for, never more than the entry claimed: a zip bomb is refused,
 * however it lies about itself, without spending the memory.
 */
export function openRefiArchive(
  file: ImportFile,
  limits: RefiArchiveLimits = DEFAULT_REFI_ARCHIVE_LIMITS,
): RefiArchive {
  const name = file.fileName;
  const entries = readZipDirectory(file.bytes);
  if (!entries || entries.length === 0) throw refuse(name, 'it is damaged or is not a REFI-QDA project (.qdpx).');
  if (entries.length > limits.maxEntries)
    throw refuse(name, `it holds more than ${limits.maxEntries} files, which is not a normal REFI-QDA project.`);
  const outside = entries.find((e) => climbsOut(e.name));
  if (outside) throw refuse(name, `it holds a file named "${outside.name}", which points outside the archive.`);
  const claimed = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  const bomb = refuse(
    name,
    `it unpacks to more than ${Math.round(limits.maxUnpackedBytes / MB)} MB, which is not a normal REFI-QDA project.`,
  );
  if (claimed > limits.maxUnpackedBytes) throw bomb;
  if (
    entries.some(
      (e) => e.uncompressedSize > RATIO_APPLIES_FROM && e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_RATIO,
    )
  )
    throw bomb;

  const files = entries.filter((e) => !e.name.endsWith('/'));
  const byLowerName = new Map(files.map((e) => [e.name.replace(/\\/g, '/').toLowerCase(), e]));

  function unpack(entry: ZipEntry): Uint8Array {
    const data = entryData(file.bytes, entry);
    if (!data) throw refuse(name, `its file "${entry.name}" is damaged.`);
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) throw refuse(name, `its file "${entry.name}" is damaged.`);
      return data;
    }
    if (entry.method !== 8) throw refuse(name, `its file "${entry.name}" is compressed in a way the app cannot read.`);
    let out: Buffer;
    try {
      // Never more than the entry claims (the claims were checked against the limit above).
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if (error instanceof RangeError) throw bomb;
      throw refuse(name, `its file "${entry.name}" is damaged.`);
    }
    if (out.length !== entry.uncompressedSize) throw refuse(name, `its file "${entry.name}" is damaged.`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  // The project is usually project.qde, but some tools name it after the project.
  const qdes = files.filter((e) => !e.name.includes('/') && /\.qde$/i.test(e.name));
  const qdeEntry =
    qdes.find((e) => e.name.toLowerCase() === 'project.qde') ?? (qdes.length === 1 ? qdes[0] : undefined);
  if (!qdeEntry) throw refuse(name, 'it has no project.qde in it, so it is not a REFI-QDA project.');
  const qde = decodeXml(unpack(qdeEntry));

  return {
    qdeName: qdeEntry.name,
    qde,
    readInternal(path) {
      const inside = path.replace(/^internal:\/\//i, '');
      let decoded = inside;
      try {
        decoded = decodeURIComponent(inside);
      } catch {
        // Not percent-encoded after all; the name as written.
      }
      if (climbsOut(inside) || climbsOut(decoded))
        throw refuse(name, `it names a source file "${path}", which points outside the archive.`);
      for (const candidate of [inside, decoded]) {
        const entry = byLowerName.get(`sources/${candidate.replace(/\\/g, '/').toLowerCase()}`);
        if (entry) return unpack(entry);
      }
      return null;
    },
  };
}
