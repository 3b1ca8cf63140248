import { BookOpen, PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { IconButton } from './IconButton.tsx';
import { sourceListShown, toggleSourceList } from './paneLayout.ts';
import { READING_MODE_KEY, useToggleReading } from './useReadingModeShortcut.ts';
import { usePaneLayout } from './usePaneLayout.ts';

/** Folds the source list away beside the reader, and enters or leaves reading mode (the reader alone). */
export function ReaderLayoutButtons() {
  const [layout, updateLayout] = usePaneLayout();
  const listShown = sourceListShown(layout);
  const toggleReading = useToggleReading();
  return (
    <span className="reader-layout" role="group" aria-label="Reader layout">
      <IconButton
        label={listShown ? 'Hide the source list' : 'Show the source list'}
        icon={listShown ? PanelLeftClose : PanelLeftOpen}
        aria-expanded={listShown}
        aria-controls="source-browser"
        onClick={() => updateLayout(toggleSourceList)}
      />
      <IconButton
        label="Reading mode"
        icon={BookOpen}
        aria-pressed={layout.reading}
        shortcut={READING_MODE_KEY}
        keys={READING_MODE_KEY}
        onClick={toggleReading}
      />
    </span>
  );
}
