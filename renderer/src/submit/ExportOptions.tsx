import { useEffect, useRef, useState } from 'react';
import type { UnansweredChoice } from '../../../shared/draft/sendable.ts';
import { call, messageOf } from '../api/workbench.ts';
import { useExports } from '../state/exportActions.ts';
import { ReadinessFindings, useReadinessDialog } from './readinessDialog.tsx';
import { useWorkbench } from '../state/workbench.ts';

type Props = { open: boolean; onClose: () => void };

/**
 * "Export to Word…": what still needs doing comes first, with the way to each place to fix it, then the choice for
 * unanswered questions (remembered for the project), then Export (go on) or Fix problems: the "Ready to send?" view,
 * its first problem focused, to work through them all from there.
 */
export function ExportOptions({ open, onClose }: Props) {
  const { dialog, closed, id, report, error, goToFix } = useReadinessDialog(open, onClose);
  const { exporting, run } = useExports();
  const { dialogs } = useWorkbench();
  const [choice, setChoice] = useState<UnansweredChoice | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    call('getUnansweredChoice', {}).then(setChoice, (e: unknown) => setChoiceError(messageOf(e)));
  }, [open]);

  const choose = (next: UnansweredChoice) => {
    setChoice(next);
    call('setUnansweredChoice', { unanswered: next }).catch((e: unknown) => setChoiceError(messageOf(e)));
  };

  const problems = report?.problems.filter((p) => p.problem !== 'skipped') ?? [];
  const clear = report !== null && problems.length === 0;
  // Once the check is in, focus goes to what it suggests: fixing the problems, or exporting when there are none.
  const exportButton = useRef<HTMLButtonElement>(null);
  const fixButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (report) (fixButton.current ?? exportButton.current)?.focus();
  }, [report]);
  const exportNow = () => {
    onClose();
    // Before the choice has been read back, the export uses the one stored for the project.
    void run('exportDocx', choice ? { unanswered: choice } : {});
  };

  return (
    <dialog ref={dialog} className="readiness-dialog export-options" aria-labelledby={`${id}-title`} onClose={closed}>
      <h2 id={`${id}-title`}>Export to Word</h2>
      <div className="readiness-body">
        <p className="export-options-intro">
          {clear
            ? 'The response is ready to send.'
            : 'Before you export, check what still needs doing. Each item takes you to the place to put it right.'}
        </p>
        <ReadinessFindings report={report} error={error} onGo={goToFix} />
      </div>
      <fieldset className="export-options-choice">
        <legend>Questions with no answer</legend>
        <label>
          <input type="radio" name={`${id}-unanswered`} checked={choice === 'omit'} onChange={() => choose('omit')} />{' '}
          Leave them out of the document
        </label>
        <label>
          <input type="radio" name={`${id}-unanswered`} checked={choice === 'mark'} onChange={() => choose('mark')} />{' '}
          Keep them, with “No response to this question.”
        </label>
        {choiceError ? (
          <p className="readiness-error" role="alert">
            {choiceError}
          </p>
        ) : null}
      </fieldset>
      <div className="readiness-actions">
        <button
          ref={exportButton}
          type="button"
          className={clear ? 'primary' : undefined}
          onClick={exportNow}
          disabled={exporting}
        >
          Export
        </button>
        {problems.length ? (
          <button
            ref={fixButton}
            type="button"
            className="primary"
            onClick={() => dialogs.open({ kind: 'readiness', focusFirstProblem: true })}
          >
            Fix problems
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
