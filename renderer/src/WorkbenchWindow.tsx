import { useEffect } from 'react';
import { SourcesPane } from './sources/SourcesPane.tsx';
import { QuestionsPane } from './questions/QuestionsPane.tsx';
import { DraftPane } from './DraftPane.tsx';
import { Workspace } from './layout/Workspace.tsx';
import { usePaneLayout } from './layout/usePaneLayout.ts';
import { useProjectFileDrop } from './layout/useProjectFileDrop.ts';
import { AppHeader } from './layout/AppHeader.tsx';
import { IntegrityAlert } from './IntegrityAlert.tsx';
import { Dialogs } from './Dialogs.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { QuoteNavigationProvider } from './QuoteNavigationProvider.tsx';
import { useGlobalShortcuts } from './keyboard/useGlobalShortcuts.ts';
import { useReadingModeShortcut } from './layout/useReadingModeShortcut.ts';
import { useProjectInfo, useSay } from './state/hooks.ts';
import { useWorkbench } from './state/workbench.ts';

/** The open project's window: it only puts the parts together; each part reads the stores it needs. */
export function WorkbenchWindow() {
  const [layout, updateLayout] = usePaneLayout();
  const info = useProjectInfo();
  const { place } = useWorkbench();
  // The place is written a moment after it changes; a reload or quit in that moment must not lose it.
  useEffect(() => {
    window.addEventListener('pagehide', place.flush);
    return () => window.removeEventListener('pagehide', place.flush);
  }, [place]);
  useProjectFileDrop(useSay());
  useGlobalShortcuts();
  useReadingModeShortcut();
  useEffect(() => {
    document.title = `${info.name} – Consultation Workbench`;
  }, [info.name]);
  return (
    <QuoteNavigationProvider>
      <AppHeader />
      <IntegrityAlert />
      <Workspace
        layout={layout}
        onLayout={updateLayout}
        panes={{ sources: <SourcesPane />, questions: <QuestionsPane />, draft: <DraftPane /> }}
      />
      <Dialogs />
      <NoticeBar />
    </QuoteNavigationProvider>
  );
}
