import { useState, type KeyboardEvent } from 'react';

const ROW = '[data-grid-row]';
const CELL = '[data-grid-cell]';

type At = { row: number; col: number };
type Move = (at: At, rows: number, cols: number, ctrl: boolean) => At;

// WAI-ARIA APG "layout grid": rows are items, cells are the item and its actions.
const KEYS: Record<string, Move> = {
  ArrowDown: ({ row, col }, rows) => ({ row: Math.min(row + 1, rows - 1), col }),
  ArrowUp: ({ row, col }) => ({ row: Math.max(row - 1, 0), col }),
  ArrowRight: ({ row, col }, _rows, cols) => ({ row, col: Math.min(col + 1, cols - 1) }),
  ArrowLeft: ({ row, col }) => ({ row, col: Math.max(col - 1, 0) }),
  Home: ({ row }, _rows, _cols, ctrl) => ({ row: ctrl ? 0 : row, col: 0 }),
  End: ({ row }, rows, cols, ctrl) => ({ row: ctrl ? rows - 1 : row, col: cols - 1 }),
};

function cellsOf(row: Element | undefined): HTMLElement[] {
  return row ? [...row.querySelectorAll<HTMLElement>(CELL)] : [];
}

/** Focuses the cell at `col` (or the row's last) of row `row` (or the last row) of a grid on screen. */
export function focusGridCell(grid: Element | null, row: number, col = 0): void {
  const rows = grid ? [...grid.querySelectorAll(ROW)] : [];
  const cells = cellsOf(rows[Math.min(row, rows.length - 1)]);
  cells[Math.min(col, cells.length - 1)]?.focus();
}

/**
 * A list whose items each have several actions, as one Tab stop (a roving tabindex over a grid): ↑/↓ move between
 * items, ←/→ between an item and its actions, Home/End to the first/last in the item, Ctrl+Home/End to the first/last
 * item. Tab comes back to the cell last focused (the first at first), as the APG grid does.
 * Keys typed into a form inside an item (a note, a picker) are left alone.
 */
export function useRovingGrid(rowCount: number) {
  const [focused, setFocused] = useState<At | null>(null);
  const active = { row: Math.min(focused?.row ?? 0, Math.max(rowCount - 1, 0)), col: focused?.col ?? 0 };
  const gridProps = {
    role: 'grid',
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const move = KEYS[event.key];
      const target = event.target as HTMLElement;
      if (!move || event.altKey || event.metaKey || event.shiftKey || !target.matches(CELL)) return;
      if (event.ctrlKey && event.key !== 'Home' && event.key !== 'End') return;
      const rows = [...event.currentTarget.querySelectorAll(ROW)];
      const row = rows.findIndex((r) => r.contains(target));
      const cells = cellsOf(rows[row]);
      const at = move({ row, col: cells.indexOf(target) }, rows.length, cells.length, event.ctrlKey);
      event.preventDefault();
      focusGridCell(event.currentTarget, at.row, at.col);
    },
  };
  const rowProps = { role: 'row', 'data-grid-row': '' };
  /** Props for the element that takes focus in cell `col` of item `row` (its gridcell wraps it, or is it). */
  const cellProps = (row: number, col: number) => ({
    tabIndex: row === active.row && col === active.col ? 0 : -1,
    'data-grid-cell': '',
    onFocus: () => setFocused({ row, col }),
  });
  return { gridProps, rowProps, cellProps };
}
