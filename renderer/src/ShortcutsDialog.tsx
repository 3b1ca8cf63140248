import { useEffect, useRef } from 'react';
import { useModalDialog } from './useModalDialog.ts';

const SHORTCUTS: [string, string][] = [
  [
    'Shift+arrows, Ctrl+Shift+← / →',
    'In the source text: select a passage by letter, line or word (Ctrl+F finds where to start)',
  ],
  ['Ctrl+Shift+K', 'Pull the selected passage as a quote'],
  ['Ctrl+Shift+Q', 'Insert a quote into the answer being written'],
  [
    'Ctrl+F',
    'Find in the open source (Enter: next, Shift+Enter: previous, Esc: close); it stays open, finding the same words, as you choose other sources',
  ],
  ['Ctrl+Shift+F', 'Search all sources'],
  ['Ctrl+Shift+O', 'Import sources'],
  ['Ctrl+E', 'Export to Word: first what still needs doing, and whether to keep unanswered questions'],
  ['Ctrl+Shift+E', 'Ready to send? What still needs doing, each with a way to the place to put it right'],
  ['Tab, Enter', 'In Ready to send? or Export to Word…: reach a problem and go to the place to put it right'],
  ['Tab, Enter, Space', 'In Online form…: reach an answer’s Copy button and copy it; Space ticks “Not answering”'],
  ['Esc', 'Close a dialog; focus goes back to where you were'],
  ['Ctrl+Z / Ctrl+Y', 'Undo / redo in the draft'],
  ['Ctrl+B / Ctrl+I', 'Bold / italic in the draft'],
  ['Ctrl+Alt+1 / Ctrl+Alt+0', 'Make the line a sub-heading in the answer / plain text again'],
  [
    'Ctrl+Shift+8 / Ctrl+Shift+7',
    'Bulleted / numbered list in the draft; or type “- ” or “* ” (bulleted), “1. ” (numbered) at the start of a line (Ctrl+Z keeps what you typed)',
  ],
  ['Ctrl+Shift+1 / 2 / 3', 'Show or hide the Sources / Questions / Draft pane'],
  ['F9', 'Enter or leave reading mode (the source alone)'],
  ['← / → on a pane divider', 'Make the pane on its left narrower / wider'],
  [
    'F6 / Shift+F6',
    'Move to the next / previous pane (into Sources: the text being read, else the list; into the draft: back where you were typing, or the end of the answer to a question chosen since)',
  ],
  ['Tab / Shift+Tab', 'Move between controls; a list (sources, questions, search results, quotes) is one stop'],
  ['↑ / ↓, Home / End in a list', 'Move to the next / previous, first / last item'],
  ['← / → in a list of quotes', 'Move between a quote and its actions (Insert, Show in source, File, Note, Delete)'],
  ['Enter / Delete on a quote', 'Insert it into the current answer / delete it (Undo in the notice brings it back)'],
  ['F1', 'This list'],
];

/** A modal list of keyboard shortcuts; the native <dialog> traps focus and closes on Escape. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModalDialog(open);
  // Focus starts on Close (the list before it can take focus too, to be scrolled by keyboard).
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {/* The list scrolls between the title and Close, so both stay in sight. */}
      <div className="shortcuts-body" tabIndex={0} role="region" aria-labelledby="shortcuts-title">
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          A draft written in Word or Markdown, question by question: <strong>More › Import a draft…</strong> (in the
          app, also File › Import a Draft…). Answers already written are replaced only if you say so; Undo puts the
          draft back.
        </p>
      </div>
      <button ref={close} type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
