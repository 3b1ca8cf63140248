import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getState,
  $isDecoratorNode,
  $setState,
  type LexicalNode,
} from 'lexical';
import { $createHeadingNode, $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import type { Consultation } from '../../../shared/domain/consultation.ts';
import { chapterLabel } from '../../../shared/domain/consultationLabels.ts';
import { OTHER_COMMENTS, questionHeadingText } from '../../../shared/draft/initialDraft.ts';
import { $draftSections, type DraftSection } from './draftSections.ts';
import { $isAnnexesHeading } from './annexes.ts';

import { $isQuestionPositionNode } from './nodes/QuestionPositionNode.tsx';
import { $isSourceQuoteNode } from './nodes/SourceQuoteNode.tsx';
import { chapterState, questionState } from './nodes/headingState.ts';
import { $adjacentBlock, $questionIdOf, $topBlocks } from './draftGrouping.ts';

function $chapterIdOf(node: LexicalNode): number | null {
  return $isHeadingNode(node) && node.getTag() === 'h2' ? $getState(node, chapterState) : null;
}

/** The draft's structure as keys in reading order: chapter headings and question headings the consultation has. */
function $structure(questionIds: Set<number>): string[] {
  const keys: string[] = [];
  for (const node of $topBlocks()) {
    const chapterId = $chapterIdOf(node);
    const questionId = $questionIdOf(node);
    if (chapterId !== null) keys.push(`c${chapterId}:${node.getTextContent()}`);
    else if (questionId !== null && questionIds.has(questionId)) keys.push(`q${questionId}:${node.getTextContent()}`);
    else if (questionId !== null && !node.getTextContent().startsWith(REMOVED_PREFIX))
      keys.push(`removed${questionId}`);
  }
  return keys;
}

function expectedStructure(consultation: Consultation): string[] {
  return consultation.chapters
    .filter((c) => c.questions.length > 0)
    .flatMap((c) => [`c${c.id}:${chapterLabel(c)}`, ...c.questions.map((q) => `q${q.id}:${questionHeadingText(q)}`)]);
}

/** Is the draft's structure already the consultation's? Cheap enough to ask on every consultation change. */
export function $draftInStep(consultation: Consultation): boolean {
  const ids = new Set(consultation.chapters.flatMap((c) => c.questions.map((q) => q.id as number)));
  return JSON.stringify($structure(ids)) === JSON.stringify(expectedStructure(consultation));
}

/** A section whose question was removed keeps its writing, under a heading that says so. */
export const REMOVED_PREFIX = 'Removed question: ';

function $isOrphanSection(node: LexicalNode, questionIds: Set<number>): boolean {
  const id = $questionIdOf(node);
  return id !== null && !questionIds.has(id);
}

/** A block the user has put nothing in: an empty paragraph, or a position control left unchosen. */
function $isUnwritten(node: LexicalNode): boolean {
  if ($isQuestionPositionNode(node)) return node.getValue() === null;
  return !$isSourceQuoteNode(node) && !$isDecoratorNode(node) && node.getTextContent().trim() === '';
}

/** A heading's block: the heading and what follows it up to the next heading. */
function $lastOfBlock(heading: LexicalNode): LexicalNode {
  let last = heading;
  for (let next = $adjacentBlock(heading, 'next'); next && !$isHeadingNode(next); next = $adjacentBlock(next, 'next'))
    last = next;
  return last;
}

function $setText(heading: HeadingNode, text: string): void {
  if (heading.getTextContent() === text) return;
  heading.clear();
  heading.append($createTextNode(text));
}

/**
 * Brings the draft's structure in step with the consultation: chapter headings follow renamed and renumbered
 * chapters, question headings follow edited wording, a new question gets a section and a moved one takes its
 * answer with it, into another chapter too. Nothing the user wrote is removed: a section whose question is
 * gone stays where it is, and only a chapter heading with nothing under it is taken away.
 */
export function $syncQuestionHeadings(consultation: Consultation): void {
  const root = $getRoot();
  const labels = new Map(consultation.chapters.map((c) => [c.id as number, chapterLabel(c)]));
  // Drafts from before chapter headings were marked: adopt a heading by its text.
  for (const node of $topBlocks()) {
    if (!$isHeadingNode(node) || node.getTag() !== 'h2' || $chapterIdOf(node) !== null) continue;
    const match = consultation.chapters.find((c) => labels.get(c.id) === node.getTextContent());
    if (match) $setState(node, chapterState, match.id);
  }
  // Read once and kept up to date below: moving a section takes its body with it, so these stay true.
  const chapterHeadings = new Map(
    $topBlocks().flatMap((n) => (($chapterIdOf(n) ?? 0) > 0 ? [[$chapterIdOf(n)!, n as HeadingNode] as const] : [])),
  );
  const sections = new Map($draftSections().map((s) => [s.questionId, s]));

  const withQuestions = consultation.chapters.filter((c) => c.questions.length > 0);
  const questionIds = new Set(consultation.chapters.flatMap((c) => c.questions.map((x) => x.id as number)));
  for (const [i, chapter] of withQuestions.entries()) {
    let heading = chapterHeadings.get(chapter.id);
    if (!heading) {
      heading = $setState($createHeadingNode('h2'), chapterState, chapter.id);
      // Before the next chapter that has a heading, else before "Other comments", else the annexes, else at the end.
      const next = withQuestions
        .slice(i + 1)
        .map((c) => chapterHeadings.get(c.id))
        .find(Boolean);
      const before =
        next ??
        $topBlocks().find((n) => $isHeadingNode(n) && n.getTextContent() === OTHER_COMMENTS) ??
        $topBlocks().find($isAnnexesHeading);
      if (before) before.insertBefore(heading);
      else root.append(heading);
      chapterHeadings.set(chapter.id, heading);
    }
    $setText(heading, labels.get(chapter.id)!);
    let anchor = $lastOfBlock(heading);
    for (const q of chapter.questions) {
      // Sections of removed questions are the user's writing: they keep their place and are stepped over.
      for (
        let next = $adjacentBlock(anchor, 'next');
        next && $isOrphanSection(next, questionIds);
        next = $adjacentBlock(anchor, 'next')
      )
        anchor = $lastOfBlock(next);
      let section: DraftSection | undefined = sections.get(q.id);
      if (!section) {
        const questionHeading = $setState($createHeadingNode('h3'), questionState, q.id);
        const answer = $createParagraphNode();
        anchor.insertAfter(questionHeading);
        questionHeading.insertAfter(answer);
        section = { questionId: q.id, heading: questionHeading, body: [answer] };
        sections.set(q.id, section);
      } else if (!anchor.is($adjacentBlock(section.heading, 'previous'))) {
        let at = anchor;
        for (const node of [section.heading, ...section.body]) {
          at.insertAfter(node);
          at = node;
        }
      }
      $setText(section.heading, questionHeadingText(q));
      anchor = section.body.at(-1) ?? section.heading;
    }
  }

  for (const section of sections.values()) {
    if (questionIds.has(section.questionId)) continue;
    // A removed question's section with nothing written in it goes (undo brings a fresh one back).
    if (section.body.every($isUnwritten)) {
      for (const node of [section.heading, ...section.body]) node.remove();
      continue;
    }
    const text = section.heading.getTextContent();
    if (!text.startsWith(REMOVED_PREFIX))
      $setText(section.heading, REMOVED_PREFIX + text.replace(/^Question \d+:\s*/, ''));
  }

  // A chapter heading left with nothing under it (its questions moved or removed) goes.
  const keep = new Set(withQuestions.map((c) => c.id as number));
  for (const [chapterId, heading] of chapterHeadings) {
    if (keep.has(chapterId)) continue;
    const next = $adjacentBlock(heading, 'next');
    if (!next || ($isHeadingNode(next) && next.getTag() === 'h2')) heading.remove();
  }
}
