/**
 * Scrolls `container` (only it: not the page, which scrolls at 200% zoom, nor the pane the writer is typing in) the
 * least needed to show all of `item`, a scrolled descendant of it.
 */
export function scrollIntoViewWithin(container: HTMLElement, item: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top < box.top) container.scrollTop -= box.top - at.top;
  else if (at.bottom > box.bottom) container.scrollTop += Math.min(at.bottom - box.bottom, at.top - box.top);
}
