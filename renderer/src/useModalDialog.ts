import { useEffect, useRef } from 'react';

/**
 * A native <dialog> shown modally while `open` (it then traps focus and closes on Escape). When it closes, or goes
 * away while open, focus goes back to what opened it, unless something else has taken focus on purpose (the editor
 * after a quote is inserted).
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) d.showModal();
    return () => {
      if (d.open) d.close();
      const now = document.activeElement;
      const lost = !now || now === document.body || d.contains(now);
      if (lost && opener?.isConnected) opener.focus();
    };
  }, [open]);
  return dialog;
}
