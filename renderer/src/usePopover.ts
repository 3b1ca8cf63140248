import { useEffect, useRef } from 'react';

/**
 * A menu or popover that closes on Escape and on a pointer press outside it (or its opener), as menus do everywhere
 * else. When it closes, however it closes, focus goes back to the opener unless it was put somewhere on purpose.
 */
export function usePopover<O extends HTMLElement = HTMLButtonElement, P extends HTMLElement = HTMLElement>(
  open: boolean,
  close: () => void,
) {
  const opener = useRef<O>(null);
  const popover = useRef<P>(null);
  useEffect(() => {
    if (!open) return;
    const from = opener.current;
    const panel = popover.current;
    const returnFocus = () => {
      const now = document.activeElement;
      if ((!now || now === document.body || panel?.contains(now)) && from?.isConnected) from.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      from?.focus();
      close();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panel?.contains(target) || from?.contains(target)) return;
      close();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      // After an outside press the browser moves focus once the press is over: look then.
      requestAnimationFrame(returnFocus);
    };
  }, [open, close]);
  return { opener, popover };
}
