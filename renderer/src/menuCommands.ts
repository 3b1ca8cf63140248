import { useEffect, useRef } from 'react';
import type { MenuCommand, WorkbenchEvents } from '../../shared/ipc/events.ts';

declare global {
  interface Window {
    /** Menu commands from the desktop app's menu; absent in the browser test harness. */
    workbenchEvents?: WorkbenchEvents;
  }
}

/** Runs `handler` when the application menu sends `command`. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => window.workbenchEvents?.onMenuCommand((c) => c === command && latest.current()), [command]);
}
