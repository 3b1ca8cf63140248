import { useId } from 'react';
import { UnmatchedPartView } from './UnmatchedPartView.tsx';
import type { DraftImportReport } from '../../../shared/ipc/contract.ts';
import { useModalDialog } from '../useModalDialog.ts';

type Props = { open: boolean; fileName: string; report: DraftImportReport | null; onClose: () => void };

/** What an import brought in, and what in the file matched no question, so the writer can copy it by hand. */
export function DraftImportReportDialog({ open, fileName, report, onClose }: Props) {
  const dialog = useModalDialog(open);
  const id = useId();
  const imported = report?.imported ?? false;
  return (
    <dialog ref={dialog} className="draft-import-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{imported ? `Imported “${fileName}”` : `Nothing was imported from “${fileName}”`}</h2>
      {report && report.matched.length > 0 ? (
        <>
          <h3 id={`${id}-filled`}>{imported ? 'Answers filled in' : 'Answers found'}</h3>
          <ul aria-labelledby={`${id}-filled`}>
            {report.matched.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report && report.unmatched.length > 0 ? (
        <>
          <h3 id={`${id}-unmatched`}>Not imported: matched no question</h3>
          <p>These parts of the file were left out. Copy them into the draft by hand if you need them.</p>
          <ul aria-labelledby={`${id}-unmatched`} className="draft-import-unmatched">
            {report.unmatched.map((part, i) => (
              <li key={i}>
                <UnmatchedPartView part={part} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {imported && report?.keptAs ? (
        <p>
          To undo, press Undo in the message at the foot of the window, or open Versions… and go back to “
          {report.keptAs.name}”.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
