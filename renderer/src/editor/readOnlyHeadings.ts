import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $getState,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
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
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { $questionIdOf } from './draftGrouping.ts';
import { chapterState } from './nodes/themeState.ts';

/** A question's or chapter's heading: its words are the consultation's, changed only through Edit wording / Edit questions. */
function $isReadOnlyHeading(node: LexicalNode | null): boolean {
  const top = node?.getTopLevelElement() ?? node;
  return !!top && $isHeadingNode(top) && ($questionIdOf(top) !== null || $getState(top, chapterState) !== null);
}

function $selectionTouchesReadOnlyHeading(): boolean {
  const selection = $getSelection();
  return (
    $isRangeSelection(selection) &&
    ($isReadOnlyHeading(selection.anchor.getNode()) || $isReadOnlyHeading(selection.focus.getNode()))
  );
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
] as LexicalCommand<unknown>[];

/**
 * Makes question and chapter headings read-only in the draft: typed words went into the question's wording and from
 * there into the Word export. Editing commands there are swallowed, and plain typing, which Lexical leaves to the
 * browser, is stopped at its beforeinput (in the capture phase, before Lexical's own listener sees it).
 */
export function registerReadOnlyHeadings(editor: LexicalEditor): () => void {
  const inHeading = (dom: Node | null) =>
    editor.read(() => $isReadOnlyHeading(dom ? $getNearestNodeFromDOMNode(dom) : null));
  const onBeforeInput = (event: InputEvent) => {
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') return;
    const selection = window.getSelection();
    if (!selection || !(inHeading(selection.anchorNode) || inHeading(selection.focusNode))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  return mergeRegister(
    ...EDITS.map((command) =>
      editor.registerCommand(
        command,
        (payload) => {
          if (!$selectionTouchesReadOnlyHeading()) return false;
          if (payload instanceof Event) payload.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    ),
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('beforeinput', onBeforeInput, true);
      root?.addEventListener('beforeinput', onBeforeInput, true);
    }),
  );
}
