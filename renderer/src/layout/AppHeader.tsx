import { useRef } from 'react';
import { ChevronDown, ClipboardList, FileDown, Keyboard, ListChecks } from 'lucide-react';
import { formatLongDate } from '../../../shared/citation.ts';
import { useMenuCommand } from '../menuCommands.ts';
import { useConsultation, useProjectInfo } from '../state/hooks.ts';
import { useExports } from '../state/exportActions.ts';
import { useWorkbench } from '../state/workbench.ts';
import { PaneToggles } from './PaneToggles.tsx';
import { MenuButton } from './MenuButton.tsx';
import { IconButton } from './IconButton.tsx';
import { DraftImport, type DraftImportHandle } from '../draftImport/DraftImport.tsx';

/** One row: what this project is, which panes are shown, and the few actions used most; the rest in a menu. */
export function AppHeader() {
  const info = useProjectInfo();
  const consultation = useConsultation();
  const { dialogs } = useWorkbench();
  const { exporting, run } = useExports();
  const draftImport = useRef<DraftImportHandle>(null);
  // Export to Word shows what still needs doing first, and the choice for unanswered questions.
  const exportOptions = () => dialogs.open({ kind: 'export-options' });
  useMenuCommand('export-docx', exportOptions);
  const consultationLine = `${consultation.title}${consultation.deadline ? ` · closes ${formatLongDate(consultation.deadline)}` : ''}`;
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{info.name}</h1>
        <p className="consultation-title" title={consultationLine}>
          {consultationLine}
        </p>
      </div>
      <div className="header-actions">
        <PaneToggles />
        <span className="header-divider" aria-hidden="true" />
        <IconButton
          label="Keyboard shortcuts"
          icon={Keyboard}
          shortcut="F1"
          keys="F1"
          onClick={() => dialogs.open({ kind: 'shortcuts' })}
        />
        {/* Every answer as the government's online form will receive it, to copy question by question. */}
        <button type="button" onClick={() => dialogs.open({ kind: 'form' })}>
          <ClipboardList aria-hidden="true" size={18} />
          Online form…
        </button>
        <button type="button" onClick={() => dialogs.open({ kind: 'readiness' })} aria-keyshortcuts="Control+Shift+E">
          <ListChecks aria-hidden="true" size={18} />
          Ready to send?
        </button>
        <MenuButton
          label="More actions"
          items={[
            { label: 'Response details…', onSelect: () => dialogs.open({ kind: 'response-details' }) },
            { label: 'Export evidence pack (Word)', onSelect: () => void run('exportEvidencePack') },
            { label: 'Export all quotes (CSV spreadsheet)', onSelect: () => void run('exportQuotesCsv') },
            {
              label: 'Export for NVivo, ATLAS.ti or MAXQDA (REFI-QDA .qdpx)',
              onSelect: () => void run('exportRefiQda'),
            },
            { label: 'Import a draft…', onSelect: () => draftImport.current?.chooseFile() },
          ]}
        >
          More <ChevronDown aria-hidden="true" size={16} />
        </MenuButton>
        <DraftImport ref={draftImport} />
        <button type="button" className="primary" onClick={exportOptions} aria-busy={exporting}>
          <FileDown aria-hidden="true" size={18} />
          {exporting ? 'Exporting…' : 'Export to Word…'}
        </button>
      </div>
    </header>
  );
}
