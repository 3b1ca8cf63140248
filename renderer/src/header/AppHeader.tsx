import { formatLongDate } from '../../../shared/citation.ts';
import { PaneToggles } from '../layout/PaneToggles.tsx';
import type { PaneLayout } from '../layout/paneLayout.ts';
import { useConsultation, useProjectInfo } from '../state/hooks.ts';
import { useWorkbench } from '../state/workbench.ts';
import { ExportMenu } from './ExportMenu.tsx';

type Props = { layout: PaneLayout; onLayout: (change: (layout: PaneLayout) => PaneLayout) => void };

/** The project's name and consultation, the panes shown, and the window's main actions. */
export function AppHeader({ layout, onLayout }: Props) {
  const info = useProjectInfo();
  const consultation = useConsultation();
  const { dialogs } = useWorkbench();
  return (
    <header className="app-header">
      <div>
        <h1>{info.name}</h1>
        <p className="consultation-title">
          {consultation.title}
          {consultation.deadline ? ` · closes ${formatLongDate(consultation.deadline)}` : ''}
        </p>
      </div>
      <div className="header-actions">
        <PaneToggles layout={layout} onLayout={onLayout} />
        <button type="button" onClick={() => dialogs.open({ kind: 'response-details' })}>
          Response details
        </button>
        <button type="button" onClick={() => dialogs.open({ kind: 'shortcuts' })} aria-keyshortcuts="F1">
          Keyboard shortcuts
        </button>
        <ExportMenu />
      </div>
    </header>
  );
}
