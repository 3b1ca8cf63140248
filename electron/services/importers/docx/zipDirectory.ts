/** One entry of a zip file's central directory: what it says it holds, before anything is unpacked. */
export type ZipEntry = {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  localHeaderOffset: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
/** A 16- or 32-bit field holding this means "see the ZIP64 record". */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** A 64-bit field as a number, or null past what a number holds exactly (no real file is that large). */
function u64(view: DataView, at: number): number | null {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

/** The directory's place and size: from the end record, or from the ZIP64 end record when the archive has one. */
function directoryOf(
  view: DataView,
  end: number,
): { count: number; size: number; offset: number; limit: number } | null {
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const classic = {
    count: view.getUint16(end + 10, true),
    size: view.getUint32(end + 12, true),
    offset: view.getUint32(end + 16, true),
    limit: end,
  };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) {
    if (disk !== 0 || directoryDisk !== 0 || classic.count === MAX16 || classic.offset === MAX32) return null;
    return classic;
  }
  // ZIP64 (archives written by tools that always use it, or too big for 32-bit fields): one disk only, as before.
  if (view.getUint32(locator + 4, true) !== 0 || view.getUint32(locator + 16, true) > 1) return null;
  const record = u64(view, locator + 8);
  if (record === null || record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) return null;
  if (view.getUint32(record + 16, true) !== 0 || view.getUint32(record + 20, true) !== 0) return null;
  const count = u64(view, record + 32);
  const size = u64(view, record + 40);
  const offset = u64(view, record + 48);
  if (count === null || size === null || offset === null) return null;
  return { count, size, offset, limit: record };
}

/** The ZIP64 extra field's 64-bit sizes and offset, each present only where the 32-bit field says MAX32. */
function zip64Values(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | null {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > extraEnd) return null;
    if (id === ZIP64_EXTRA) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let field = at + 4;
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (!wanted[key]) continue;
        if (field + 8 > at + 4 + length) return null;
        const value = u64(view, field);
        if (value === null) return null;
        out[key] = value;
        field += 8;
      }
      return out;
    }
    at += 4 + length;
  }
  return null;
}

/**
 * Reads a zip's central directory (the table at its end) without unpacking anything, so an absurd
 * unpacked size (a zip bomb) is refused before any memory is spent. ZIP64 archives are read too (their sizes
 * are then checked the same way); returns null for a non-zip, damaged or split file.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 bytes (its comment can be up to 64 KB).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const directory = directoryOf(view, end);
  if (!directory) return null;
  const { count, size, offset, limit } = directory;
  if (offset + size > limit) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > limit || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > limit) return null;
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    const wanted = {
      uncompressed: entry.uncompressedSize === MAX32,
      compressed: entry.compressedSize === MAX32,
      offset: entry.localHeaderOffset === MAX32,
    };
    if (wanted.uncompressed || wanted.compressed || wanted.offset) {
      const extraStart = at + 46 + nameLength;
      const wide = zip64Values(view, extraStart, extraStart + extraLength, wanted);
      if (!wide) return null;
      entry.uncompressedSize = wide.uncompressed ?? entry.uncompressedSize;
      entry.compressedSize = wide.compressed ?? entry.compressedSize;
      entry.localHeaderOffset = wide.offset ?? entry.localHeaderOffset;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's stored (usually deflated) bytes, as a zip reader would take them; null if they are not all there. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}
