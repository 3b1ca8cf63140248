import { useEffect } from 'react';
import { FileText, ListChecks, Library, type LucideIcon } from 'lucide-react';
import { PANES, PANE_LABELS, shownPanes, togglePane, type PaneName } from './paneLayout.ts';
import { useMenuCommand } from '../menuCommands.ts';
import { usePaneLayout } from './usePaneLayout.ts';
import { IconButton } from './IconButton.tsx';

const PANE_ICONS: Record<PaneName, LucideIcon> = { sources: Library, questions: ListChecks, draft: FileText };

/** Ctrl+Shift+1, 2, 3: the key that shows or hides each pane, as in the View menu. */
const PANE_SHORTCUT_DIGIT: Record<PaneName, string> = { sources: '1', questions: '2', draft: '3' };

/** Show or hide each pane: buttons in the header, the same shortcuts as the View menu. */
export function PaneToggles() {
  const [layout, onLayout] = usePaneLayout();
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
  const onScreen = shownPanes(layout);
  return (
    <div className="pane-toggles" role="group" aria-label="Show panes">
      {PANES.map((pane) => (
        <IconButton
          key={pane}
          label={`${PANE_LABELS[pane]} pane`}
          text={PANE_LABELS[pane]}
          icon={PANE_ICONS[pane]}
          aria-pressed={onScreen.includes(pane)}
          shortcut={`Ctrl+Shift+${PANE_SHORTCUT_DIGIT[pane]}`}
          keys={`Control+Shift+${PANE_SHORTCUT_DIGIT[pane]}`}
          disabled={onScreen.length === 1 && onScreen[0] === pane && !layout.reading}
          onClick={() => onLayout((l) => togglePane(l, pane))}
        />
      ))}
    </div>
  );
}
