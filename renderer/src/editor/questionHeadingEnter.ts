import {
  $createParagraphNode,
  $findMatchingParent,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  mergeRegister,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $isEmptyParagraph } from './draftSections.ts';
import { $questionIdOf } from './draftGrouping.ts';
import { $isQuestionPositionNode } from './nodes/QuestionPositionNode.tsx';

function $questionHeadingOf(node: LexicalNode): HeadingNode | null {
  const heading = $findMatchingParent(node, $isHeadingNode);
  return heading && $questionIdOf(heading) !== null ? heading : null;
}

/**
 * Enter inside a question's heading starts the answer instead of splitting the question's wording in two: a writer
 * clicks the heading, presses End (the end of its visual line, often mid-heading) and Enter to start writing. The
 * caret goes to the answer's first line, an empty paragraph after the heading and its position control, made if
 * the answer does not start with one. At the very start of the heading, Enter opens a line before it, at the end of
 * what comes before, and the caret goes there: typing after Enter never lands in the question's wording.
 * Returns false, leaving Enter to Lexical, anywhere else.
 */
export function $enterInQuestionHeading(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const heading = $questionHeadingOf(selection.anchor.getNode());
  if (!heading || !heading.is($questionHeadingOf(selection.focus.getNode()))) return false;
  const atStart =
    selection.isCollapsed() &&
    selection.anchor.offset === 0 &&
    selection.anchor.getNode().is(heading.getFirstDescendant() ?? heading);
  // The answer starts after the heading's position control, if it has one.
  const next = heading.getNextSibling();
  const last: LexicalNode = $isQuestionPositionNode(next) ? next : heading;
  const first = last.getNextSibling();
  if (!atStart && $isEmptyParagraph(first)) {
    first.selectStart();
    return true;
  }
  const paragraph = $createParagraphNode();
  if (atStart) heading.insertBefore(paragraph);
  else last.insertAfter(paragraph);
  paragraph.selectStart();
  return true;
}

/**
 * Registers {@link $enterInQuestionHeading} ahead of Lexical's own Enter, and Shift+Enter, which would otherwise break
 * the wording's line. Returns the function that stops it.
 */
export function registerQuestionHeadingEnter(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $enterInQuestionHeading, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, $enterInQuestionHeading, COMMAND_PRIORITY_HIGH),
  );
}
