import { useEffect } from 'react';
import { useMenuCommand } from '../menuCommands.ts';
import { useWorkbench } from '../state/workbench.ts';
import { focusNextPane, rememberPaneFocus } from './paneCycling.ts';

/**
 * Keys that work wherever focus is: F1 lists the shortcuts, Ctrl+Shift+Q finds a quote to insert, Ctrl+Shift+E checks
 * whether the response is ready to send, F6 and Shift+F6
 * move between the panes (into the draft: at the end of the current answer, or back where the caret was).
 */
export function useGlobalShortcuts(): void {
  const { dialogs, editor, selection } = useWorkbench();
  useMenuCommand('show-shortcuts', () => dialogs.open({ kind: 'shortcuts' }));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F6' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        focusNextPane(event.shiftKey, (pane, remembered) => {
          const draft = editor.current;
          if (!draft || !pane.classList.contains('draft-pane')) return false;
          if (remembered?.isContentEditable) draft.focus();
          else {
            const question = selection.get().questionId;
            if (question === null || !draft.focusAnswer(question)) draft.focus();
          }
          return true;
        });
      } else if (event.key === 'F1') {
        event.preventDefault();
        dialogs.open({ kind: 'shortcuts' });
      } else if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'q') {
        event.preventDefault();
        dialogs.open({ kind: 'insert-quote' });
      } else if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        dialogs.open({ kind: 'readiness' });
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusin', rememberPaneFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', rememberPaneFocus);
    };
  }, [dialogs, editor, selection]);
}
