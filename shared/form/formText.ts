import type { DocBlock, Run } from '../draft/documentModel.ts';
import type { SourceId } from '../ids.ts';

/** The reference to print after a quotation; `fallback` is the citation saved with the quote in the draft. */
export type ReferenceFor = (sourceId: SourceId, fallback: string) => string;

/** A paragraph's text; a link's words are followed by its address, since the form keeps no links. */
function runsText(runs: readonly Run[]): string {
  let text = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    text += run.text;
    const link = run.link;
    if (link && runs[i + 1]?.link !== link) {
      // A link whose words are its address is printed once.
      const words = collectLinkWords(runs, i, link);
      if (words.trim() !== link) text += ` (${link})`;
    }
  }
  return text.trim();
}

/** The words of the link that ends at run `end`. */
function collectLinkWords(runs: readonly Run[], end: number, link: string): string {
  let start = end;
  while (start > 0 && runs[start - 1]!.link === link) start--;
  return runs
    .slice(start, end + 1)
    .map((r) => r.text)
    .join('');
}

/** A block as lines of plain text, or null for what the form does not receive. */
function blockText(block: DocBlock, referenceFor: ReferenceFor): string | null {
  switch (block.kind) {
    case 'paragraph':
      return runsText(block.runs) || null;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${runsText(item)}`).join('\n');
    case 'quote':
      return `“${block.text.trim()}” (${referenceFor(block.sourceId, block.citation)})`;
    case 'heading':
      // A sub-heading the writer put inside the answer is their words: it stays, as a line of its own.
      return block.text;
    case 'position':
      // The form asks for agree/disagree with its own buttons, not in the text box.
      return null;
    case 'note':
      return null;
  }
}

/**
 * An answer as the online form's text box receives it: plain text, paragraphs separated by a blank line, lists as
 * lines ("- " or "1. "), links as their words and address, quotations in quotation marks with a short reference.
 */
export function answerFormText(answer: readonly DocBlock[], referenceFor: ReferenceFor): string {
  return answer
    .map((block) => blockText(block, referenceFor))
    .filter((text): text is string => text !== null && text !== '')
    .join('\n\n');
}

/** The answer's words a reader would weigh as evidence: its text and its quotations, without their references. */
export function answerEvidenceText(answer: readonly DocBlock[]): string {
  return answerFormText(answer, () => '')
    .replace(/” \(\)/g, '”')
    .trim();
}

/** The writer's own words, without quotations: what "brief" is measured on. */
export function answerOwnText(answer: readonly DocBlock[]): string {
  return answerFormText(
    answer.filter((b) => b.kind !== 'quote'),
    () => '',
  );
}
