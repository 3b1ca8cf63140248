import type { ExtractedDocument, SourceBlock } from './sourceStructure.ts';

/**
 * A plain-text source keeps its text exactly as written (quotes must match the file); its paragraphs,
 * runs of non-blank lines, are recorded as blocks over that text rather than rebuilt from it.
 */
export function plainTextDocument(text: string): ExtractedDocument {
  const blocks: SourceBlock[] = [];
  const paragraph = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const leading = m[0].length - m[0].trimStart().length;
    const trailing = m[0].length - m[0].trimEnd().length;
    blocks.push({
      kind: 'paragraph',
      start: m.index + leading,
      end: m.index + m[0].length - trailing,
      level: null,
      page: null,
    });
  }
  return { text, blocks, stated: {} };
}
