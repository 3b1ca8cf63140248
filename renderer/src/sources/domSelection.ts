/** Selects characters [start, end) of the container's text in the page, so what the user sees matches the quote. */
export function selectOffsets(container: HTMLElement, start: number, end: number): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let startPoint: [Node, number] | null = null;
  let endPoint: [Node, number] | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (!startPoint && start <= seen + length) startPoint = [node, start - seen];
    if (!endPoint && end <= seen + length) {
      endPoint = [node, end - seen];
      break;
    }
    seen += length;
  }
  if (!startPoint || !endPoint) return;
  const range = document.createRange();
  range.setStart(...startPoint);
  range.setEnd(...endPoint);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

type Granularity = 'character' | 'word' | 'line' | 'sentence';
type SelectionWithModify = Selection & {
  modify?: (alter: 'move' | 'extend', direction: 'forward' | 'backward', granularity: Granularity) => void;
};

/**
 * Keyboard selection in the read-only text, as in a word processor: arrows move a caret, Shift+arrows extend
 * the selection, Ctrl (or Alt on a Mac) moves by word. Returns true if it handled the key.
 */
export function handleReaderKey(container: HTMLElement, event: KeyboardEvent): boolean {
  const directions: Record<string, ['forward' | 'backward', Granularity]> = {
    ArrowRight: ['forward', event.ctrlKey || event.altKey ? 'word' : 'character'],
    ArrowLeft: ['backward', event.ctrlKey || event.altKey ? 'word' : 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
  };
  const move = directions[event.key];
  if (!move) return false;
  const selection = window.getSelection() as SelectionWithModify | null;
  if (!selection?.modify) return false;
  // Without a caret in the text yet, start at the top of what is on screen.
  if (!selection.anchorNode || !container.contains(selection.anchorNode)) {
    const first = document.createTreeWalker(container, NodeFilter.SHOW_TEXT).nextNode();
    if (!first) return false;
    selection.collapse(first, 0);
  }
  if (!event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return false; // plain up/down scroll
  selection.modify(event.shiftKey ? 'extend' : 'move', move[0], move[1]);
  return true;
}
