/** Where a scrolling list of equal-height rows is: how far it has scrolled, how tall its viewport and one row are. */
export type RowBox = { scrollTop: number; viewportHeight: number; rowHeight: number };

/**
 * The rows a viewport shows, first to last (inclusive), with `overscan` rows either side so a short scroll needs no
 * new render. Before anything is measured it guesses a screenful, so the first paint already shows the list.
 */
export function rowWindow(box: RowBox, count: number, overscan = 4): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 };
  const rowHeight = box.rowHeight > 0 ? box.rowHeight : 48;
  const viewportHeight = box.viewportHeight > 0 ? box.viewportHeight : 1200;
  const first = Math.min(count - 1, Math.max(0, Math.floor(box.scrollTop / rowHeight) - overscan));
  const last = Math.min(count - 1, Math.ceil((box.scrollTop + viewportHeight) / rowHeight) - 1 + overscan);
  return { first, last: Math.max(first, last) };
}

/** The scroll position that shows row `index` whole, moving as little as possible (none if it is already in view). */
export function scrollTopShowing(index: number, box: RowBox): number {
  const top = index * box.rowHeight;
  const bottom = top + box.rowHeight;
  if (top < box.scrollTop) return top;
  if (bottom > box.scrollTop + box.viewportHeight) return Math.max(0, bottom - box.viewportHeight);
  return box.scrollTop;
}

/** Rows a Page Up or Page Down moves: one viewport, less a row so the user keeps their place. */
export function rowsPerPage(box: RowBox): number {
  return box.rowHeight > 0 ? Math.max(1, Math.floor(box.viewportHeight / box.rowHeight) - 1) : 10;
}
