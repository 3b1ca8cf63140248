import { AppError } from '../../../../shared/ipc/result.ts';

export type DecodedText = {
  text: string;
  /** The WHATWG name of the encoding the bytes were read as, e.g. 'utf-8', 'utf-16le', 'windows-1252'. */
  encoding: string;
};

/** A TextDecoder for a label such as 'latin1' or 'Shift_JIS', or null if the label names nothing Node can decode. */
export function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

/**
 * UTF-16 saved without a byte-order mark: in text that is mostly Latin letters every other byte is zero.
 * Returns the byte order, or null when the bytes do not look like that.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * Reads text the way it was saved: a byte-order mark says UTF-8 or UTF-16; then an encoding the file
 * declares itself (an HTML page's charset), if Node knows it; otherwise UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252 (what Word and older Windows tools save). Binary files are refused.
 */
export function decodeText(bytes: Uint8Array, fileName: string, declared?: string): DecodedText {
  let decoded: DecodedText;
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : bomlessUtf16(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  } else if (utf16) {
    // The decoder drops a leading byte-order mark itself.
    decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  } else {
    // Outside UTF-16 a zero byte never occurs in text: this is a program, an image or an archive.
    if (bytes.includes(0)) throw notText(fileName);
    const stated = declared ? decoderFor(declared) : null;
    // A page cannot really be UTF-16 if its bytes got this far (no zero bytes); browsers read it as UTF-8 then.
    const text = stated && !stated.encoding.startsWith('utf-16') ? stated.decode(bytes) : null;
    // A declaration the bytes do not bear out (many undecodable characters) is ignored.
    if (stated && text !== null && undecodable(text) <= 0.01) {
      decoded = { text, encoding: stated.encoding };
    } else {
      try {
        decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
      } catch {
        decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
      }
    }
  }
  // Text files are words: a file that is mostly control characters (or, read as UTF-16, undecodable) is
  // something else renamed.
  const sample = decoded.text.slice(0, 20_000);
  const junk = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  // (A stray character or two in a short note is not enough to say so.)
  if (junk > 3 && junk / sample.length > 0.05) throw notText(fileName);
  return decoded;
}

function undecodable(text: string): number {
  const sample = text.slice(0, 20_000);
  return sample.length ? (sample.match(/\uFFFD/g)?.length ?? 0) / sample.length : 0;
}

function notText(fileName: string): AppError {
  return new AppError('invalid-input', `"${fileName}" does not look like a text file, so it was not imported.`);
}
