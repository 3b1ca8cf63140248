import { deflateSync } from 'node:zlib';

// A PDF made only to be read once by a new reader thread before the user's file arrives. pdf.js's text extraction
// runs about twice as slowly until V8 has optimised it, so the reader reads pages shaped like a word processor's
// (compressed content, lines of hex-string TJ runs with kerning) that pass through the same code; a dozen pages
// are enough for the first real file to read as fast as the next (measured in scripts/bench/importPeers.ts).
const PAGES = 12;
const LINES_PER_PAGE = 45;
const WORDS =
  'the local authority must consult parents carers and young people about special educational needs provision ' +
  'in schools colleges and early years settings before changing how support is planned funded or reviewed';

const hex = (text: string) => `<${Buffer.from(text, 'latin1').toString('hex')}>`;

function line(n: number): string {
  const words = WORDS.split(' ');
  const text = Array.from({ length: 12 }, (_, i) => words[(n * 7 + i * 5) % words.length]!).join(' ');
  // Runs of a few letters with a kerning adjustment between each, as LibreOffice and Word write them.
  const runs: string[] = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const size = 1 + ((n + i) % 6);
    runs.push(hex(text.slice(at, at + size)));
    at += size;
  }
  return runs.map((run, i) => (i === 0 ? run : `${((n + i) % 7) - 3}${run}`)).join('');
}

function pageContent(page: number): string {
  const rows = Array.from(
    { length: LINES_PER_PAGE },
    (_, i) =>
      `q 0 0 0 rg\nBT\n${56.7 + (i % 3)} ${790 - i * 16} Td /F1 11 Tf[${line(page * LINES_PER_PAGE + i)}]TJ\nET\nQ`,
  );
  return rows.join('\n');
}

/** The warm-up file's bytes: `PAGES` A4 pages of text in Helvetica, content streams deflated. */
export function warmUpPdf(): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, once the pages' numbers are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (let page = 0; page < PAGES; page++) {
    const content = deflateSync(pageContent(page));
    add(
      Buffer.concat([
        Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
        content,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const at = length;
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
    return at;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('');
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
