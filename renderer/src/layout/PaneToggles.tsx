import { useEffect } from 'react';
import { PANES, PANE_LABELS, shownPanes, togglePane, type PaneLayout, type PaneName } from './paneLayout.ts';
import { useMenuCommand } from '../menuCommands.ts';

type Props = { layout: PaneLayout; onLayout: (change: (layout: PaneLayout) => PaneLayout) => void };

/** Ctrl+Shift+1, 2, 3: the key that shows or hides each pane, as in the View menu. */
const PANE_SHORTCUT_DIGIT: Record<PaneName, string> = { sources: '1', questions: '2', draft: '3' };

/** Show or hide each pane: buttons in the header, the same shortcuts as the View menu. */
export function PaneToggles({ layout, onLayout }: Props) {
  useMenuCommand('toggle-sources-pane', () => onLayout((l) => togglePane(l, 'sources')));
  useMenuCommand('toggle-questions-pane', () => onLayout((l) => togglePane(l, 'questions')));
  useMenuCommand('toggle-draft-pane', () => onLayout((l) => togglePane(l, 'draft')));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      const pane = PANES.find((p) => event.code === `Digit${PANE_SHORTCUT_DIGIT[p]}`);
      if (!pane) return;
      event.preventDefault();
      onLayout((l) => togglePane(l, pane));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLayout]);
  const lastShown = shownPanes(layout).length === 1;
  return (
    <div className="pane-toggles" role="group" aria-label="Show panes">
      <span className="pane-toggles-label" aria-hidden="true">
        Show
      </span>
      {PANES.map((pane) => (
        <button
          key={pane}
          type="button"
          aria-pressed={layout.shown[pane]}
          aria-label={`${PANE_LABELS[pane]} pane`}
          aria-keyshortcuts={`Control+Shift+${PANE_SHORTCUT_DIGIT[pane]}`}
          disabled={lastShown && layout.shown[pane]}
          title={`Show or hide the ${PANE_LABELS[pane]} pane (Ctrl+Shift+${PANE_SHORTCUT_DIGIT[pane]})`}
          onClick={() => onLayout((l) => togglePane(l, pane))}
        >
          {PANE_LABELS[pane]}
        </button>
      ))}
    </div>
  );
}
