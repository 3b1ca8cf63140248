import { useEffect, useRef } from 'react';
import type { QuestionId } from '../../../shared/ids.ts';
import { useMenuCommand } from '../menuCommands.ts';
import { useWorkbench } from '../state/workbench.ts';
import { focusNextPane, rememberPaneFocus } from './paneCycling.ts';

/**
 * Keys that work wherever focus is: F1 lists the shortcuts, Ctrl+Shift+Q finds a quote to insert, Ctrl+Shift+E checks
 * whether the response is ready to send, F6 and Shift+F6 move between the panes (into the draft: back where the caret
 * was, or at the end of the chosen question's answer if another question has been chosen since).
 */
export function useGlobalShortcuts(): void {
  const { dialogs, editor, selection } = useWorkbench();
  useMenuCommand('show-shortcuts', () => dialogs.open({ kind: 'shortcuts' }));
  // The question chosen when the caret left the draft: F6 goes back to the caret only while it is still the one
  // chosen. Another question chosen meanwhile means "write that answer" (typing went into the old one).
  const leftWith = useRef<QuestionId | null>(null);
  useEffect(() => {
    const onFocusOut = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.isContentEditable && target.closest('.draft-pane')) leftWith.current = selection.get().questionId;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F6' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        focusNextPane(event.shiftKey, (pane, remembered) => {
          const draft = editor.current;
          if (!draft || !pane.classList.contains('draft-pane')) return false;
          const question = selection.get().questionId;
          if (remembered?.isContentEditable && question === leftWith.current) draft.focus();
          else if (question === null || !draft.focusAnswer(question)) draft.focus();
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
    document.addEventListener('focusout', onFocusOut);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', rememberPaneFocus);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [dialogs, editor, selection]);
}
