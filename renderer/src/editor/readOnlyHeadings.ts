import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  createCommand,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  FORMAT_TEXT_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  mergeRegister,
  type LexicalCommand,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $isConsultationHeading } from './consultationHeadings.ts';
import { $isDraftSectionNode } from './nodes/DraftSectionNode.ts';
import { $isQuestionPositionNode } from './nodes/QuestionPositionNode.tsx';

/** The heading the node is in, if the response is given it (a question's, a chapter's, "About us"): read-only here. */
function $isReadOnlyHeading(node: LexicalNode | null): boolean {
  const top = node?.getTopLevelElement() ?? node;
  return !!top && $isConsultationHeading(top);
}

/** The draft's blocks in reading order, a question's section opened up into its heading and answer. */
function $blocksInOrder(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((node) => ($isDraftSectionNode(node) ? node.getChildren() : [node]));
}

/**
 * Moves a caret that sits in a read-only heading to the first place to write after it: the answer's (or part's)
 * first line, past position controls and the headings of a chapter and its first question; a line is made there if
 * the writing starts with a quotation. Nothing moves if the caret is elsewhere or there is nowhere to write.
 */
function $caretToWritingAfterHeading(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const heading = selection.anchor.getNode().getTopLevelElement() ?? selection.anchor.getNode();
  if (!$isReadOnlyHeading(heading)) return;
  const blocks = $blocksInOrder();
  let previous: LexicalNode = heading;
  for (const block of blocks.slice(blocks.findIndex((b) => b.is(heading)) + 1)) {
    if ($isQuestionPositionNode(block) || $isReadOnlyHeading(block)) {
      previous = block;
      continue;
    }
    if ($isParagraphNode(block)) block.selectStart();
    else if ($isListNode(block)) (block.getFirstChild<ElementNode>() ?? block).selectStart();
    else if ($isHeadingNode(block)) block.selectStart();
    else {
      const line = $createParagraphNode();
      previous.insertAfter(line);
      line.selectStart();
    }
    return;
  }
}

/**
 * Dispatched when an edit is refused because the selection reaches a read-only heading, once per selection (a held
 * key, or the same attempt repeated, is told once), so the writer learns why nothing happened.
 */
export const HEADING_EDIT_REFUSED_COMMAND = createCommand<void>('HEADING_EDIT_REFUSED_COMMAND');

/** The selection as it stands, so the same attempt is told about once. */
function $selectionKey(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { anchor, focus } = selection;
  return `${anchor.key}:${anchor.offset}-${focus.key}:${focus.offset}`;
}

/** Whether the selection starts, ends or runs through a read-only heading (a question's between two answers). */
function $selectionTouchesReadOnlyHeading(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if ($isReadOnlyHeading(selection.anchor.getNode()) || $isReadOnlyHeading(selection.focus.getNode())) return true;
  return !selection.isCollapsed() && selection.getNodes().some($isReadOnlyHeading);
}

// Enter and Shift+Enter still go through: questionHeadingEnter moves them to the answer.
const EDITS: LexicalCommand<unknown>[] = [
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  DELETE_LINE_COMMAND,
  REMOVE_TEXT_COMMAND,
  FORMAT_TEXT_COMMAND,
  PASTE_COMMAND,
  CUT_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  // A list made over a selection that reaches a question's heading turned that heading into a list item.
  INSERT_UNORDERED_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
] as LexicalCommand<unknown>[];

/**
 * Makes question and chapter headings read-only in the draft: typed words went into the question's wording and from
 * there into the Word export. Editing commands there are swallowed, and plain typing, which Lexical leaves to the
 * browser, is stopped at its beforeinput (in the capture phase, before Lexical's own listener sees it).
 */
export function registerReadOnlyHeadings(editor: LexicalEditor): () => void {
  let told: string | null = null;
  const refused = () => {
    const key = editor.read($selectionKey);
    if (key === told) return;
    told = key;
    // After the refused command has finished, not inside it.
    queueMicrotask(() => editor.dispatchCommand(HEADING_EDIT_REFUSED_COMMAND, undefined));
  };
  // Read-only headings are heading nodes, drawn as h1–h6: outside one (nearly every key) the editor state is not read.
  const inHeading = (dom: Node | null) =>
    !!(dom instanceof Element ? dom : dom?.parentElement)?.closest('h1, h2, h3, h4, h5, h6') &&
    editor.read(() => $isReadOnlyHeading($getNearestNodeFromDOMNode(dom!)));
  const onBeforeInput = (event: InputEvent) => {
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') return;
    const selection = window.getSelection();
    if (!selection || !(inHeading(selection.anchorNode) || inHeading(selection.focusNode))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    refused();
  };
  // Coming into the draft by keyboard (Tab from the toolbar, say) the browser puts the caret at the very start, in
  // the "About us" heading: it goes on to where the writing starts. A click is left where it lands (Enter there
  // starts the answer, typing is refused), so focus that follows a pointer press is not moved.
  let pointerAt = -Infinity;
  const onPointerDown = () => {
    pointerAt = performance.now();
  };
  const onFocus = () => {
    if (performance.now() - pointerAt < 500) return;
    // After the browser has placed the caret and Lexical has read it.
    setTimeout(() => editor.update($caretToWritingAfterHeading), 0);
  };
  return mergeRegister(
    ...EDITS.map((command) =>
      editor.registerCommand(
        command,
        (payload) => {
          if (!$selectionTouchesReadOnlyHeading()) return false;
          if (payload instanceof Event) payload.preventDefault();
          refused();
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    ),
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('beforeinput', onBeforeInput, true);
      previous?.removeEventListener('pointerdown', onPointerDown, true);
      previous?.removeEventListener('focus', onFocus);
      root?.addEventListener('beforeinput', onBeforeInput, true);
      root?.addEventListener('pointerdown', onPointerDown, true);
      root?.addEventListener('focus', onFocus);
    }),
  );
}
