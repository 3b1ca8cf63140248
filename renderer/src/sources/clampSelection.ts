/**
 * Keeps a selection that started in `container` inside it: a drag that overshoots the reader (past its end, into
 * another pane) would otherwise select the whole window's text, and the passage could no longer be pulled. The far
 * end is pulled back to the container's first or last character, whichever side it went past.
 * Returns true if it moved the selection.
 */
export function clampSelection(container: HTMLElement, selection: Selection): boolean {
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !container.contains(anchorNode) || container.contains(focusNode)) return false;
  const after = (container.compareDocumentPosition(focusNode) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let edge: Text | null = null;
  if (after) for (let n = walker.nextNode(); n; n = walker.nextNode()) edge = n as Text;
  else edge = walker.nextNode() as Text | null;
  if (!edge) return false;
  selection.extend(edge, after ? edge.data.length : 0);
  return true;
}
