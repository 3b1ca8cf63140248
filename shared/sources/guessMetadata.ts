import type { SourceKind } from '../domain/sourceKinds.ts';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

function isoDate(day: string, month: string, year: string): string | null {
  const m = MONTHS[month.toLowerCase()];
  const d = Number(day);
  if (!m || d < 1 || d > 31) return null;
  // "31 February" is no date: check it survives a round trip through the calendar.
  if (new Date(Date.UTC(Number(year), m - 1, d)).getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})`;

export type GuessedMetadata = {
  title: string | null;
  author: string | null;
  publishedOn: string | null;
  kind: SourceKind;
};

/** What else is known when guessing: the document's own title (stated or its first heading) and its page count. */
export type MetadataHints = { title?: string | null; pages?: number | null };

// "Speech" alone is a speech; "speech and language (therapy)" is a SEND service, not a kind of document.
const SPEECH = /\bspeech\b(?![,\s]+(and|&)?\s*language)|\bdelivered on\b/i;
const REPORT_TITLE = /\b(report|review|evaluation|inquiry|research|survey|analysis|findings)\b/i;
// Headings that reports have and letters, answers and releases do not.
const REPORT_HEADINGS =
  /^\s*(executive summary|(table of )?contents|foreword|key findings|recommendations|methodology)\s*$/im;
// A paged document this sparse (slides: a title and a few bullets each) is a slide deck.
const SLIDE_CHARS_PER_PAGE = 700;

/**
 * What the text itself says about the document: a written answer's date and minister, a press release's
 * publication line, the first line as a title, and its kind. Only a starting point; every field stays editable.
 */
export function guessMetadata(text: string, fileName: string, hints: MetadataHints = {}): GuessedMetadata {
  const head = text.slice(0, 20_000);
  const answered = new RegExp(String.raw`answered on\s+${DATE}`, 'i').exec(head);
  const published = new RegExp(String.raw`(?:Published|Updated|Date)\s*:?\s*${DATE}`, 'i').exec(head);
  const anyDate = new RegExp(DATE, 'i').exec(head.slice(0, 2_000));
  const match = answered ?? published ?? anyDate;
  const publishedOn = match ? isoDate(match[1]!, match[2]!, match[3]!) : null;

  const answeredBy = /Answered by\s*\n?\s*([^\n]+)/i.exec(head);
  const author = answeredBy ? answeredBy[1]!.replace(/\s+Portrait$/i, '').trim() : null;

  const opening = `${hints.title ?? ''}\n${head.slice(0, 3_000)}`;
  const pages = hints.pages ?? 0;
  let kind: SourceKind = 'other';
  if (answered || /Question to the Department/i.test(head)) kind = 'written-answer';
  else if (/press release/i.test(opening)) kind = 'press-release';
  else if (SPEECH.test(opening)) kind = 'speech';
  else if (
    /\.(pptx?|key)$/i.test(fileName) ||
    /slide \d+/i.test(head) ||
    (pages >= 4 && text.length / pages < SLIDE_CHARS_PER_PAGE)
  )
    kind = 'slide-deck';
  else if (/\.html?$/i.test(fileName)) kind = 'web-page';
  else if (REPORT_TITLE.test(hints.title ?? '') || REPORT_HEADINGS.test(head.slice(0, 10_000))) kind = 'report';

  const firstLine = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 3 && !/^(top of page|skip to)/i.test(l));
  let title = firstLine ? (firstLine.length > 200 ? `${firstLine.slice(0, 197)}…` : firstLine) : null;
  // Written answers all start with their subject heading ("Special Educational Needs"): say what they are.
  if (title && kind === 'written-answer') title = `Written answer: ${title}`;
  return { title, author, publishedOn, kind };
}
