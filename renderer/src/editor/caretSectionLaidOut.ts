import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor, type LexicalNode } from 'lexical';

/** The attribute the stylesheet reads to keep the caret's section laid out (see draft.css). */
export const CARET_SECTION_ATTRIBUTE = 'data-caret-section';

/** The draft's top block holding the selection's focus (a question's whole section), if there is a selection. */
function $caretTopBlock(): LexicalNode | null {
  const selection = $getSelection();
  if (!selection) return null;
  const node = $isRangeSelection(selection) ? selection.focus.getNode() : (selection.getNodes().at(-1) ?? null);
  const root = $getRoot();
  let top = node;
  while (top && !top.is(root) && top.getParent() && !top.getParent()!.is(root)) top = top.getParent();
  return top && !top.is(root) ? top : null;
}

/**
 * Marks the section the caret is in, as soon as the caret is put there. Sections off screen are not laid out
 * (content-visibility: auto) until the browser's next frame notices the caret in one; a key pressed before that (F6
 * into a question scrolled to a moment ago, then typing at once) was placed by the browser at the next laid-out
 * position, the following question's heading, and refused there: the words were lost. The stylesheet lays the marked
 * section out straight away, so the browser's caret and the editor's agree from the first key.
 */
export function registerCaretSectionLaidOut(editor: LexicalEditor): () => void {
  let marked: HTMLElement | null = null;
  return editor.registerUpdateListener(({ editorState }) => {
    const key = editorState.read(() => $caretTopBlock()?.getKey() ?? null);
    const element = key === null ? null : editor.getElementByKey(key);
    if (element === marked) return;
    marked?.removeAttribute(CARET_SECTION_ATTRIBUTE);
    element?.setAttribute(CARET_SECTION_ATTRIBUTE, '');
    marked = element;
  });
}
