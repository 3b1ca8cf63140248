import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Importer } from '../importer.ts';
import { checkFile } from '../text/checkFile.ts';
import { decodeText } from '../text/decodeText.ts';
import { htmlToDocument } from './htmlToDocument.ts';

type Node = DefaultTreeAdapterMap['node'];

/**
 * The encoding a page declares in its first few kilobytes: <meta charset>, <meta http-equiv="Content-Type"
 * content="…; charset=…">, or an XHTML file's <?xml … encoding="…"?>. Found by parsing that start of the
 * file (read byte for byte as Windows-1252, which every such declaration survives), not by pattern-matching HTML.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = parse(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)));
  const stack: Node[] = [head];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#comment') {
      // The parser reads an XML declaration as a comment.
      const xml = /^\?xml\s[^>]*encoding\s*=\s*["']?([\w.:-]+)/i.exec(
        (node as DefaultTreeAdapterMap['commentNode']).data,
      );
      if (xml) return xml[1];
    }
    if ('tagName' in node && node.tagName === 'meta') {
      const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
      const charset = attrs.get('charset')?.trim();
      if (charset) return charset;
      if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
        const fromContent = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attrs.get('content') ?? '');
        if (fromContent) return fromContent[1];
      }
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return undefined;
}

/** A saved web page: its main text and structure only; nothing in it is run or displayed as HTML. */
export const importHtml: Importer = async (file, limits) => {
  checkFile(file, limits);
  // A byte-order mark wins over a declaration, and a declaration over guessing (as in a browser).
  const { text } = decodeText(file.bytes, file.fileName, declaredCharset(file.bytes));
  return htmlToDocument(text);
};
