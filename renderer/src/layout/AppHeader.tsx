import { ChevronDown, ClipboardList, FileDown, Keyboard } from 'lucide-react';
import { PaneToggles } from './PaneToggles.tsx';
import { MenuButton } from './MenuButton.tsx';
import { IconButton } from './IconButton.tsx';

type Props = {
  projectName: string;
  /** The consultation's title, with its closing date when it has one. */
  consultationLine: string;
  exporting: boolean;
  onExport: (what: 'exportDocx' | 'exportEvidencePack' | 'exportQuotesCsv' | 'exportRefiQda') => void;
  onResponseDetails: () => void;
  onShortcuts: () => void;
  /** Every answer as the government's online form will receive it, to copy question by question. */
  onOnlineForm: () => void;
};

/** One row: what this project is, which panes are shown, and the few actions used most; the rest in a menu. */
export function AppHeader({
  projectName,
  consultationLine,
  exporting,
  onExport,
  onResponseDetails,
  onShortcuts,
  onOnlineForm,
}: Props) {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{projectName}</h1>
        <p className="consultation-title" title={consultationLine}>
          {consultationLine}
        </p>
      </div>
      <div className="header-actions">
        <PaneToggles />
        <span className="header-divider" aria-hidden="true" />
        <IconButton label="Keyboard shortcuts" icon={Keyboard} shortcut="F1" keys="F1" onClick={onShortcuts} />
        <button type="button" onClick={onOnlineForm}>
          <ClipboardList aria-hidden="true" size={18} />
          Online form…
        </button>
        <MenuButton
          label="More actions"
          disabled={exporting}
          items={[
            { label: 'Response details…', onSelect: onResponseDetails },
            { label: 'Export evidence pack (Word)', onSelect: () => onExport('exportEvidencePack') },
            { label: 'Export all quotes (CSV spreadsheet)', onSelect: () => onExport('exportQuotesCsv') },
            {
              label: 'Export for NVivo, ATLAS.ti or MAXQDA (REFI-QDA .qdpx)',
              onSelect: () => onExport('exportRefiQda'),
            },
          ]}
        >
          More <ChevronDown aria-hidden="true" size={16} />
        </MenuButton>
        <button type="button" className="primary" onClick={() => onExport('exportDocx')} disabled={exporting}>
          <FileDown aria-hidden="true" size={18} />
          {exporting ? 'Exporting…' : 'Export to Word'}
        </button>
      </div>
    </header>
  );
}
