// The paragraphs' text of a .docx, read with mammoth: the same words for a floor to write, and a reference text.
import mammoth from 'mammoth';

export async function documentText(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split(/\n+/).filter((p) => p.trim() !== '');
}
