import type { SourceMetadata } from './domain/source.ts';

/** "(Department for Education, 2024)" form: author or title, and the year. */
export function authorDateCitation(source: Pick<SourceMetadata, 'author' | 'title' | 'publishedOn'>): string {
  const who = source.author ?? `‘${source.title}’`;
  return `${who}, ${source.publishedOn ? source.publishedOn.slice(0, 4) : 'n.d.'}`;
}
