import type { ExtractedDocument } from './sourceStructure.ts';

// What authoring tools write when nobody set a title: "Microsoft Word - draft3.docx", "Untitled", "Document1",
// "PowerPoint Presentation", or a file's name. None of these says what the document is.
const PLACEHOLDER =
  /^(microsoft (word|powerpoint|excel) - .*|untitled.*|document\s*\d*|presentation\s*\d*|powerpoint presentation|slide\s*\d*|title|no title|\s*)$/i;
const FILE_NAME = /\.(docx?|pdf|pptx?|odt|rtf|txt|indd|pages|key)$/i;

/** Whether a stated title is a tool's placeholder or a file name, rather than the document's title. */
export function isPlaceholderTitle(title: string): boolean {
  return PLACEHOLDER.test(title.trim()) || FILE_NAME.test(title.trim());
}

/** The text of the document's first heading near its start (a title page or first screen), if it has one. */
export function firstHeading(doc: Pick<ExtractedDocument, 'text' | 'blocks'>): string | null {
  const heading = doc.blocks.find((b) => b.kind === 'heading' && b.start < 5_000 && (b.page ?? 1) <= 3);
  const text = heading ? doc.text.slice(heading.start, heading.end).replace(/\s+/g, ' ').trim() : '';
  if (text.length < 4 || !/\p{L}/u.test(text)) return null;
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}
