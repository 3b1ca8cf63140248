import type { ComponentProps } from 'react';

type CellProps = { tabIndex: number; 'data-grid-cell': string; onFocus: () => void };

/** One action of a quote in a quote grid: a button in its own cell, reached with the arrow keys (useRovingGrid). */
export function GridAction({ cell, ...button }: ComponentProps<'button'> & { cell: CellProps }) {
  return (
    <div role="gridcell">
      <button type="button" {...button} {...cell} />
    </div>
  );
}
