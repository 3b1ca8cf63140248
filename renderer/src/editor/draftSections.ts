import { $createParagraphNode, $isElementNode, $isParagraphNode, type LexicalNode, type ParagraphNode } from 'lexical';
import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $createSourceQuoteNode, $isSourceQuoteNode, type SourceQuotePayload } from './nodes/SourceQuoteNode.tsx';
import { $questionIdOf, $startsSection, $topBlocks } from './draftGrouping.ts';

/** One question's part of the draft: its heading and the blocks up to the next heading. */
export type DraftSection = { questionId: number; heading: HeadingNode; body: LexicalNode[] };

export function $draftSections(): DraftSection[] {
  const sections: DraftSection[] = [];
  let current: DraftSection | null = null;
  for (const node of $topBlocks()) {
    const questionId = $questionIdOf(node);
    if (questionId !== null && $isHeadingNode(node)) {
      current = { questionId, heading: node, body: [] };
      sections.push(current);
    } else if ($isHeadingNode(node) && node.getTag() === 'h2') {
      current = null; // a chapter or a fixed part (About us, Other comments) ends the answer
    } else if (current) {
      // Anything else, a heading pasted from Word included, is part of the answer.
      current.body.push(node);
    }
  }
  return sections;
}

/** The question whose section (one of `sections`, the draft's as they are now) holds `node`, if any. */
export function $sectionOf(node: LexicalNode, sections: DraftSection[]): number | null {
  const top = node.getTopLevelElement() ?? node;
  for (const section of sections) {
    if (section.heading.is(top) || section.body.some((n) => n.is(top))) return section.questionId;
  }
  return null;
}

/** A paragraph with nothing written in it: where writing carries on rather than a new line being made. */
export function $isEmptyParagraph(node: LexicalNode | null | undefined): node is ParagraphNode {
  return !!node && $isParagraphNode(node) && node.getTextContent().trim() === '';
}

/**
 * Puts a quotation at the end of a question's answer (before its trailing empty paragraph, if any),
 * and leaves an empty paragraph after it, with the caret, to carry on writing. Returns the quote's node key, or null if
 * the draft has no such question.
 */
export function $insertQuoteInSection(questionId: number, payload: SourceQuotePayload): string | null {
  const section = $draftSections().find((s) => s.questionId === questionId);
  if (!section) return null;
  const quote = $createSourceQuoteNode(payload);
  const last = section.body.at(-1);
  if (last && $isEmptyParagraph(last)) {
    last.insertBefore(quote);
  } else {
    (last ?? section.heading).insertAfter(quote);
    quote.insertAfter($createParagraphNode());
  }
  const after = quote.getNextSibling();
  if (after && $isParagraphNode(after)) after.selectStart();
  return quote.getKey();
}

/** Where each quotation in the draft sits: quote id to the question whose answer holds it (null outside answers). */
export function $quotesInDraft(): Map<number, number | null> {
  const placed = new Map<number, number | null>();
  let section: number | null = null;
  for (const node of $topBlocks()) {
    if ($startsSection(node)) section = $questionIdOf(node);
    else if ($isSourceQuoteNode(node) && !placed.has(node.getQuoteId())) placed.set(node.getQuoteId(), section);
  }
  return placed;
}

/**
 * Puts the caret at the end of the writing in a question's answer (its last text block; a new paragraph if the
 * answer ends in a quotation or has no text block). False if the draft has no such question.
 */
export function $selectEndOfAnswer(questionId: number): boolean {
  const section = $draftSections().find((s) => s.questionId === questionId);
  if (!section) return false;
  const last = section.body.at(-1);
  if (last && $isElementNode(last) && !$isHeadingNode(last)) {
    last.selectEnd();
    return true;
  }
  const line = $createParagraphNode();
  (last ?? section.heading).insertAfter(line);
  line.select();
  return true;
}

/**
 * Puts the caret at the end of the writing under a fixed part of the response ("About us", "Other comments"), found
 * by its heading's words. False if the draft has no such part.
 */
export function $selectEndOfPart(title: string): boolean {
  const blocks = $topBlocks();
  const at = blocks.findIndex((b) => $isHeadingNode(b) && b.getTag() === 'h2' && b.getTextContent() === title);
  if (at < 0) return false;
  const heading = blocks[at]!;
  const next = blocks.slice(at + 1).findIndex($startsSection);
  const body = blocks.slice(at + 1, next < 0 ? undefined : at + 1 + next);
  const last = body.at(-1);
  if (last && $isElementNode(last) && !$isHeadingNode(last)) {
    last.selectEnd();
    return true;
  }
  const line = $createParagraphNode();
  (last ?? heading).insertAfter(line);
  line.select();
  return true;
}
