import {
  $createParagraphNode,
  $findMatchingParent,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  INSERT_PARAGRAPH_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $questionIdOf } from './draftSections.ts';
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
  if (selection.isCollapsed() && selection.anchor.getNode().is(heading.getFirstDescendant() ?? heading) && selection.anchor.offset === 0) {
    const paragraph = $createParagraphNode();
    heading.insertBefore(paragraph);
    paragraph.selectStart();
    return true;
  }
  let before = heading.getNextSibling();
  let last = heading as LexicalNode;
  while ($isQuestionPositionNode(before)) {
    last = before;
    before = before.getNextSibling();
  }
  if ($isParagraphNode(before) && before.getTextContentSize() === 0) {
    before.selectStart();
  } else {
    const paragraph = $createParagraphNode();
    last.insertAfter(paragraph);
    paragraph.selectStart();
  }
  return true;
}

/** Registers {@link $enterInQuestionHeading} ahead of Lexical's own Enter. Returns the function that stops it. */
export function registerQuestionHeadingEnter(editor: LexicalEditor): () => void {
  return editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $enterInQuestionHeading, COMMAND_PRIORITY_HIGH);
}
