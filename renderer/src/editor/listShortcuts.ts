import { $isParagraphNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import type { ElementTransformer } from '@lexical/markdown';

/**
 * Lexical's list shortcut, only where a writer would mean a list: an answer's own paragraph (never a heading, a list
 * already, or anything else), and only on the space typed after the marker (not on Enter).
 */
function inParagraphsOnly(transformer: ElementTransformer, regExp: RegExp): ElementTransformer {
  return {
    ...transformer,
    regExp,
    triggerOnEnter: false,
    replace: (parent, children, match, isImport) =>
      $isParagraphNode(parent) ? transformer.replace(parent, children, match, isImport) : false,
  };
}

/**
 * "- " or "* " at the start of a paragraph makes a bulleted list and "1. " a numbered one, as Word and Google Docs
 * do (other numbers stay text: answers often start "5." for the question they answer). Ctrl+Z straight after gives
 * back the characters typed: Lexical stores the change as its own undo step. @lexical/markdown is loaded after the
 * first screen (about 21 kB it does not need).
 */
function registerTypedLists(editor: LexicalEditor): () => void {
  let unregister: (() => void) | null = null;
  let stopped = false;
  void import('@lexical/markdown').then(({ ORDERED_LIST, registerMarkdownShortcuts, UNORDERED_LIST }) => {
    if (stopped) return;
    unregister = registerMarkdownShortcuts(editor, [
      inParagraphsOnly(UNORDERED_LIST, /^(\s*)[-*]\s/),
      inParagraphsOnly(ORDERED_LIST, /^(\s*)(1)\.\s/),
    ]);
  });
  return () => {
    stopped = true;
    unregister?.();
  };
}

// By key position, as Google Docs has them, so the digit's key works whatever the layout prints above it.
const SHORTCUT_LISTS = { Digit8: INSERT_UNORDERED_LIST_COMMAND, Digit7: INSERT_ORDERED_LIST_COMMAND } as const;

/** Lists typed the way word processors make them, and Ctrl+Shift+8 (bulleted) / Ctrl+Shift+7 (numbered). */
export function registerListShortcuts(editor: LexicalEditor): () => void {
  return mergeRegister(
    registerTypedLists(editor),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const command = SHORTCUT_LISTS[event.code as keyof typeof SHORTCUT_LISTS];
        if (!command || !(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return false;
        event.preventDefault();
        // The same command as the toolbar's buttons, so a question's heading refuses it in the same way.
        editor.dispatchCommand(command, undefined);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}
