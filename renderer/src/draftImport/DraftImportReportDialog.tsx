import { useEffect, useId, useRef } from 'react';
import type { DraftImportReport } from '../../../shared/ipc/contract.ts';
import { useModalDialog } from '../useModalDialog.ts';
import { UnmatchedPartView } from './UnmatchedPartView.tsx';

type Props = { open: boolean; fileName: string; report: DraftImportReport | null; onClose: () => void };

/** What an import brought in, and what in the file matched no question, so the writer can copy it by hand. */
export function DraftImportReportDialog({ open, fileName, report, onClose }: Props) {
  const dialog = useModalDialog(open);
  const close = useRef<HTMLButtonElement>(null);
  const id = useId();
  // The dialog opens on its first control (a text box below); Close is where a keyboard user starts.
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  const imported = report?.imported ?? false;
  return (
    <dialog ref={dialog} className="draft-import-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{imported ? `Imported “${fileName}”` : `Nothing was imported from “${fileName}”`}</h2>
      {report && report.matched.length > 0 ? (
        <>
          <h3 id={`${id}-filled`}>Answers filled in</h3>
          <ul aria-labelledby={`${id}-filled`} className="draft-import-filled">
            {report.matched.map((q) => (
              <li key={q}>{q}</li>
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
      <div className="form-actions">
        <button ref={close} type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
