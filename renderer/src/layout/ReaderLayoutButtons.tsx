import { BookOpen, PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { IconButton } from './IconButton.tsx';
import { sourceListShown, toggleReading, toggleSourceList } from './paneLayout.ts';
import { usePaneLayout } from './usePaneLayout.ts';

/** Folds the source list away beside the reader, and enters or leaves reading mode (the reader alone). */
export function ReaderLayoutButtons() {
  const [layout, updateLayout] = usePaneLayout();
  const listShown = sourceListShown(layout);
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
        onClick={() => updateLayout(toggleReading)}
      />
    </span>
  );
}
