import { useState } from 'react';

/** How many quotes a list draws at first and adds per "Show more": thousands drawn at once would stall typing. */
export const QUOTES_AT_ONCE = 200;

/** The first quotes of a long list, and how many are drawn; `showMore` draws the next batch. */
export function useFirstQuotes<T>(items: T[]) {
  const [limit, setLimit] = useState(QUOTES_AT_ONCE);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    showMore: () => setLimit(limit + QUOTES_AT_ONCE),
  };
}

/** Says how many quotes are not drawn yet, with a button to draw the next batch; nothing when all are drawn. */
export function ShowMoreQuotes({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p className="show-more">
      Showing {shown} of {total} quotes.{' '}
      <button type="button" onClick={onMore}>
        Show {Math.min(QUOTES_AT_ONCE, total - shown)} more
      </button>
    </p>
  );
}
