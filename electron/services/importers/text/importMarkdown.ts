import { DocumentBuilder } from '../../../../shared/sources/documentBuilder.ts';
import { canonicalText } from '../../sourcesService.ts';
import type { Importer } from '../importer.ts';
import { decodeText } from './decodeText.ts';

/** Inline Markdown to the words a reader sees: emphasis markers dropped, links as their text. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

/** Markdown: # headings, - * + and 1. list items (nested by indent), the rest paragraphs; markers removed. */
export const importMarkdown: Importer = async (file) => {
  const text = canonicalText(decodeText(file.bytes, file.fileName).text);
  const builder = new DocumentBuilder();
  let paragraph: string[] = [];
  let fenced = false;
  const flush = () => {
    if (paragraph.length) builder.paragraph(plainInline(paragraph.join('\n')));
    paragraph = [];
  };
  let title: string | undefined;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      paragraph.push(line);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const words = plainInline(heading[2]!);
      title ??= words;
      builder.heading(words, heading[1]!.length);
    } else if (item) {
      flush();
      builder.listItem(plainInline(item[2]!), Math.floor(item[1]!.replace(/\t/g, '    ').length / 2));
    } else if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
    } else {
      paragraph.push(line.replace(/^\s*>\s?/, ''));
    }
  }
  flush();
  return builder.build(title ? { title } : {});
};
