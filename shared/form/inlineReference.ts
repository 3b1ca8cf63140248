import { formatLongDate } from '../citation.ts';
import type { SourceMetadata } from '../domain/source.ts';
import { SOURCE_KIND_LABELS } from '../domain/sourceKinds.ts';

/**
 * The short reference a quotation carries in the online form, where there are no footnotes:
 * "Department for Education written answer, 25 March 2024". Who said it and what kind of document, when the source
 * records them; otherwise its title.
 */
export function inlineReference(source: Pick<SourceMetadata, 'author' | 'title' | 'kind' | 'publishedOn'>): string {
  const kind = source.kind === 'other' ? '' : SOURCE_KIND_LABELS[source.kind].toLowerCase();
  const who = source.author ? [source.author.trim(), kind].filter(Boolean).join(' ') : source.title;
  return source.publishedOn ? `${who}, ${formatLongDate(source.publishedOn)}` : who;
}
