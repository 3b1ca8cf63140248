import type { Importer } from '../importer.ts';
import { decodeText } from '../text/decodeText.ts';
import { htmlToDocument } from './htmlToDocument.ts';

/** A saved web page: its main text and structure only; nothing in it is run or displayed as HTML. */
export const importHtml: Importer = async (file) => {
  const { text } = decodeText(file.bytes, file.fileName);
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*(windows-1252|iso-8859-1|latin1)/i.exec(text.slice(0, 4096));
  // A page that says it is Windows-1252 is read as such even if its bytes happen to be valid UTF-8.
  const html = declared && !/^\uFEFF/.test(text) ? new TextDecoder('windows-1252').decode(file.bytes) : text;
  return htmlToDocument(html);
};
