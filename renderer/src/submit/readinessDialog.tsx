import { useId } from 'react';
import type { ReadinessItem, ReadinessReport } from '../../../shared/readiness/readiness.ts';
import { useModalDialog } from '../useModalDialog.ts';
import { ReadinessList } from './ReadinessList.tsx';
import { useGoToFix } from './useGoToFix.ts';
import { useReadiness } from './useReadiness.ts';

/** What "Ready to send?" and "Export to Word…" share: the modal, the check read afresh, the way to each fix. */
export function useReadinessDialog(open: boolean, onClose: () => void) {
  const dialog = useModalDialog(open);
  // The native close event comes a moment later: by then another dialog may be open in its place (a problem's
  // link opens the respondent details), which must stay open.
  const closed = () => {
    if (open) onClose();
  };
  const id = useId();
  const { report, error } = useReadiness(open);
  const goToFix = useGoToFix();
  return { dialog, closed, id, report, error, goToFix };
}

/** The check's findings, or why it could not be read, or that it is still being read. */
export function ReadinessFindings({
  report,
  error,
  onGo,
}: {
  report: ReadinessReport | null;
  error: string | null;
  onGo: (item: ReadinessItem) => void;
}) {
  return (
    <>
      {error ? (
        <p className="readiness-error" role="alert">
          {error}
        </p>
      ) : null}
      {report ? <ReadinessList report={report} onGo={onGo} /> : error ? null : <p>Checking the response…</p>}
    </>
  );
}
