import { useEffect } from 'react';
import { useMenuCommand } from '../menuCommands.ts';
import { toggleReading } from './paneLayout.ts';
import { usePaneLayout } from './usePaneLayout.ts';

/** The key that enters and leaves reading mode: F9, as for the reader view of Firefox and Edge. */
export const READING_MODE_KEY = 'F9';

/** Enters or leaves reading mode; focus that was in a pane now hidden goes to the source being read. */
export function useToggleReading(): () => void {
  const [, updateLayout] = usePaneLayout();
  return () => {
    updateLayout(toggleReading);
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (now && now !== document.body && now.getClientRects().length > 0) return;
      document.querySelector<HTMLElement>('.sources-pane [data-pane-focus]')?.focus();
    });
  };
}

/** F9 and View › Reading Mode, wherever focus is. */
export function useReadingModeShortcut(): void {
  const toggle = useToggleReading();
  useMenuCommand('toggle-reading-mode', toggle);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== READING_MODE_KEY || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}
