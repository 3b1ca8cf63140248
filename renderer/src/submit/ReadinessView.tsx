import { ReadinessFindings, useReadinessDialog } from './readinessDialog.tsx';

type Props = { open: boolean; onClose: () => void };

/** "Ready to send?": the readiness check at any time, each problem a way to the place to put it right. */
export function ReadinessView({ open, onClose }: Props) {
  const { dialog, closed, id, report, error, goToFix } = useReadinessDialog(open, onClose);
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
