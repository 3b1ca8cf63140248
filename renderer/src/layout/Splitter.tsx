import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

type Props = {
  label: string;
  /** The left pane's share of the pair, 0-100. */
  value: number;
  /** Width to move to the left pane, as a fraction of the pair's width (negative moves it right). */
  onResize: (fraction: number) => void;
  /** The two panes' width in pixels now, to turn a drag into a fraction. */
  pairWidth: () => number;
};

// One arrow press moves the divider by this share of the two panes' width.
const STEP = 0.04;

/** A draggable divider between two panes, also moved with the arrow keys (a WAI-ARIA window splitter). */
export function Splitter({ label, value, onResize, pairWidth }: Props) {
  const dragging = useRef<{ x: number; pairWidth: number } | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? -STEP : event.key === 'ArrowRight' ? STEP : 0;
    if (!step) return;
    event.preventDefault();
    onResize(step);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = { x: event.clientX, pairWidth: pairWidth() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const drag = dragging.current;
    if (!drag || drag.pairWidth === 0) return;
    const dx = event.clientX - drag.x;
    if (Math.abs(dx) < 2) return;
    drag.x = event.clientX;
    onResize(dx / drag.pairWidth);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (dragging.current = null)}
      onPointerCancel={() => (dragging.current = null)}
    />
  );
}
