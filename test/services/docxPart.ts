import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../electron/services/importers/docx/zipDirectory.ts';

/** One part of a .docx, unpacked by hand: what Word itself will read. */
export function docxPart(bytes: Uint8Array, name: string): string | null {
  const entry = readZipDirectory(bytes)?.find((e) => e.name === name);
  if (!entry) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    entry.localHeaderOffset +
    30 +
    view.getUint16(entry.localHeaderOffset + 26, true) +
    view.getUint16(entry.localHeaderOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return new TextDecoder().decode(entry.method === 8 ? inflateRawSync(data) : data);
}

/** The words of each paragraph in a part's XML, with the paragraph's style (null for Normal). */
export function styledParagraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >](?:(?!<\/w:p>).)*<\/w:p>/gs)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}
