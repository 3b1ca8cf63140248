import { useId } from 'react';
import { useModalDialog } from '../useModalDialog.ts';
import { ReadinessList } from './ReadinessList.tsx';
import { useGoToFix } from './useGoToFix.ts';
import { useReadiness } from './useReadiness.ts';

type Props = { open: boolean; onClose: () => void };

/** "Ready to send?": the readiness check at any time, each problem a way to the place to put it right. */
export function ReadinessView({ open, onClose }: Props) {
  const dialog = useModalDialog(open);
  // The native close event comes a moment later: by then another dialog may be open in its place (a problem's
  // link opens the respondent details), which must stay open.
  const closed = () => {
    if (open) onClose();
  };
  const id = useId();
  const { report, error } = useReadiness(open);
  const goToFix = useGoToFix();
  return (
    <dialog ref={dialog} className="readiness-dialog" aria-labelledby={`${id}-title`} onClose={closed}>
      <h2 id={`${id}-title`}>Ready to send?</h2>
      <div className="readiness-body">
        {error ? (
          <p className="readiness-error" role="alert">
            {error}
          </p>
        ) : null}
        {report ? <ReadinessList report={report} onGo={goToFix} /> : error ? null : <p>Checking the response…</p>}
      </div>
      <div className="readiness-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
