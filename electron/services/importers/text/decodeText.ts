import { AppError } from '../../../../shared/ipc/result.ts';

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

/**
 * Reads text the way it was saved: a byte-order mark says UTF-8 or UTF-16; otherwise UTF-8 if the bytes are
 * valid UTF-8, else Windows-1252 (what Word and older Windows tools save). Binary files are refused.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    if (bytes.includes(0)) throw notText(fileName);
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    }
  }
  // Text files are words: a file that is mostly control characters is something else renamed.
  const sample = decoded.text.slice(0, 20_000);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (sample.length > 0 && controls / sample.length > 0.05) throw notText(fileName);
  return decoded;
}

function notText(fileName: string): AppError {
  return new AppError('invalid-input', `"${fileName}" does not look like a text file, so it was not imported.`);
}
