import {
  $caretFromPoint,
  $findMatchingParent,
  $getCaretRange,
  $getRoot,
  $getSelection,
  $getSiblingCaret,
  $getState,
  $isRangeSelection,
  $isShadowRootNode,
  $isSiblingCaret,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_ARROW_UP_COMMAND,
  RootNode,
  type CaretDirection,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $isHeadingNode } from '@lexical/rich-text';
import { $createDraftSectionNode, $isDraftSectionNode, DraftSectionNode } from './nodes/DraftSectionNode.ts';
import { questionState } from './nodes/headingState.ts';

/** The question a heading is for, or null for any other block. */
export function $questionIdOf(node: LexicalNode): number | null {
  return $isHeadingNode(node) ? $getState(node, questionState) : null;
}

/** Where a new section begins: a chapter or fixed part's heading (h2), or a question's heading. */
export function $startsSection(node: LexicalNode): boolean {
  return $isHeadingNode(node) && (node.getTag() === 'h2' || $questionIdOf(node) !== null);
}

/** The draft's blocks in reading order, whichever sections hold them (a draft not yet grouped has them at the root). */
export function $topBlocks(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((node) => ($isDraftSectionNode(node) ? node.getChildren() : [node]));
}

/** The block beside this one in reading order (`next` or `previous`), across sections. */
export function $adjacentBlock(block: LexicalNode, direction: CaretDirection): LexicalNode | null {
  const sibling = (node: LexicalNode) => (direction === 'next' ? node.getNextSibling() : node.getPreviousSibling());
  // Stepping into a section lands on its edge facing the way we came.
  const enter = (node: LexicalNode | null) =>
    $isDraftSectionNode(node) ? (direction === 'next' ? node.getFirstChild() : node.getLastChild()) : node;
  const beside = sibling(block);
  if (beside) return enter(beside);
  const parent = block.getParent();
  return $isDraftSectionNode(parent) ? enter(sibling(parent)) : null;
}

/** Root transform: every block at the root goes into a section, a new one where a section begins. */
export function $groupRootBlocks(): void {
  let current: DraftSectionNode | null = null;
  for (const child of $getRoot().getChildren()) {
    if ($isDraftSectionNode(child)) {
      current = child;
      continue;
    }
    if (!current || $startsSection(child)) {
      const section = $createDraftSectionNode();
      child.insertBefore(section);
      current = section;
    }
    current.append(child);
  }
}

/**
 * Section transform, after any change to what a section holds: a section starts at its heading and ends before
 * the next one. Blocks before its heading (a line opened above it, or an answer whose heading was deleted) join the
 * section before; a heading moved or inserted into it splits it. An emptied section goes. Only the blocks out of
 * place move, so opening a line above a question does not move the whole answer under it.
 */
export function $regroupSection(section: DraftSectionNode): void {
  const children = section.getChildren();
  const previous = section.getPreviousSibling();
  let kept = children;
  if ($isDraftSectionNode(previous)) {
    const start = children.findIndex($startsSection);
    const leading = start === -1 ? children : children.slice(0, start);
    if (leading.length > 0) previous.append(...leading);
    kept = children.slice(leading.length);
  }
  if (kept.length === 0) {
    section.remove();
    return;
  }
  const split = kept.findIndex((child, i) => i > 0 && $startsSection(child));
  if (split > 0) {
    const rest = $createDraftSectionNode();
    section.insertAfter(rest);
    rest.append(...kept.slice(split));
  }
}

/**
 * Is the caret at the edge of its section, with another section beyond it in `direction`? Lexical's rich-text keys
 * would then put the caret between the two sections (a "block cursor", meant for tables), so the next arrow press
 * is lost and typing there starts a stray paragraph. Where this is true the browser moves the caret itself, into
 * the next section's first line or the last line of the one before.
 */
export function $caretLeavesSection(direction: CaretDirection): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const focusCaret = $caretFromPoint(selection.focus, direction);
  const shadowRoot = $findMatchingParent(selection.focus.getNode(), $isShadowRootNode);
  if (
    !$isDraftSectionNode(shadowRoot) ||
    !$isDraftSectionNode($getSiblingCaret(shadowRoot, direction).getNodeAtCaret())
  )
    return false;
  // As Lexical decides it: no text between the caret and the section's edge, and nothing but the way out.
  const textRange = $getCaretRange(focusCaret, $getSiblingCaret(shadowRoot, direction));
  if (textRange.getTextSlices().some((slice) => slice !== null && slice.getTextContentSize() > 0)) return false;
  let previous = textRange.anchor.origin;
  for (const caret of $getCaretRange(textRange.anchor.getSiblingCaret(), textRange.focus)) {
    if (!($isSiblingCaret(caret) && caret.origin.is(previous.getParent()))) return false;
    previous = caret.origin;
  }
  return true;
}

/**
 * Keeps an editor's blocks in sections, and groups any loose ones now, in a discrete update: a draft saved before
 * sections is grouped before anything (autosave, say) reads it. Returns the function that stops it.
 */
export function registerDraftSections(editor: LexicalEditor): () => void {
  // Handled (so Lexical's own handling is skipped) but not prevented: the browser moves the caret.
  const arrow = (command: LexicalCommand<KeyboardEvent>, direction: CaretDirection) =>
    editor.registerCommand(
      command,
      (event) => !event.shiftKey && $caretLeavesSection(direction),
      COMMAND_PRIORITY_HIGH,
    );
  const unregister = mergeRegister(
    editor.registerNodeTransform(RootNode, $groupRootBlocks),
    editor.registerNodeTransform(DraftSectionNode, $regroupSection),
    arrow(KEY_ARROW_DOWN_COMMAND, 'next'),
    arrow(KEY_ARROW_RIGHT_COMMAND, 'next'),
    arrow(KEY_ARROW_UP_COMMAND, 'previous'),
    arrow(KEY_ARROW_LEFT_COMMAND, 'previous'),
  );
  // Registering a transform marks every node of its type dirty; the root's transform then groups any loose block.
  editor.update(() => {}, { tag: HISTORY_MERGE_TAG, discrete: true });
  return unregister;
}
