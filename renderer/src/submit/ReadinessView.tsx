import { useEffect } from 'react';
import { ReadinessFindings, useReadinessDialog } from './readinessDialog.tsx';
import { FIRST_PROBLEM } from './ReadinessList.tsx';

type Props = {
  open: boolean;
  /** Focus goes to the first problem listed once the check is in (otherwise it stays on Close). */
  focusFirstProblem: boolean;
  onClose: () => void;
};

/** "Ready to send?": the readiness check at any time, each problem a way to the place to put it right. */
export function ReadinessView({ open, focusFirstProblem, onClose }: Props) {
  const { dialog, closed, id, report, error, goToFix } = useReadinessDialog(open, onClose);
  useEffect(() => {
    if (focusFirstProblem && report) dialog.current?.querySelector<HTMLElement>(FIRST_PROBLEM)?.focus();
  }, [focusFirstProblem, report, dialog]);
  return (
    <dialog ref={dialog} className="readiness-dialog" aria-labelledby={`${id}-title`} onClose={closed}>
      <h2 id={`${id}-title`}>Ready to send?</h2>
      <div className="readiness-body">
        <ReadinessFindings report={report} error={error} onGo={goToFix} />
      </div>
      <div className="readiness-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
