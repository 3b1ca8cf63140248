import type { SourceMetadata } from './domain/source.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2024-03-25' -> '25 March 2024' (UK style, no locale data needed). */
export function formatLongDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d || m < 1 || m > 12) return isoDate;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Short form shown under a quotation: "Title, 25 March 2024". */
export function shortCitation(source: Pick<SourceMetadata, 'title' | 'publishedOn'>): string {
  return source.publishedOn ? `${source.title}, ${formatLongDate(source.publishedOn)}` : source.title;
}

/** Full form for footnotes and references: "Author, 'Title', 25 March 2024, URL". */
export function fullCitation(source: SourceMetadata): string {
  const parts = [
    source.author,
    `‘${source.title}’`,
    source.publishedOn ? formatLongDate(source.publishedOn) : null,
    source.url,
  ];
  return parts.filter((p): p is string => !!p).join(', ');
}

/**
 * Which version of a source a citation means, for a response that quotes more than one version of it: a later
 * version says when it was updated ("…, updated 3 April 2024"); the first version is cited as it always was.
 */
export function versionedCitation(citation: string, version: { version: number; dated: string | null }): string {
  if (version.version <= 1) return citation;
  return version.dated
    ? `${citation}, updated ${formatLongDate(version.dated)}`
    : `${citation}, version ${version.version}`;
}
