import { useId } from 'react';
import { useModalDialog } from '../useModalDialog.ts';
import { plural } from '../../../shared/text/plural.ts';

type Props = {
  open: boolean;
  fileName: string;
  /** The questions whose answers in the draft would be replaced, as "Question 5". */
  questions: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
};

/** Asks before an imported draft replaces answers already written; Cancel is focused first and changes nothing. */
export function ReplaceAnswersDialog({ open, fileName, questions, onReplace, onCancel }: Props) {
  const dialog = useModalDialog(open);
  const id = useId();
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog draft-import-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={onCancel}
    >
      <h2 id={`${id}-title`}>Replace answers you have written?</h2>
      <p id={`${id}-message`}>
        “{fileName}” has answers to {plural(questions.length, 'a question', 'questions')} you have already answered.
        Importing it replaces your {plural(questions.length, 'answer')} to:
      </p>
      <ul aria-label="Answers that would be replaced">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <p>The draft as it is now is kept as a version, and Undo puts it back.</p>
      <div className="form-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger-button" onClick={onReplace}>
          Replace these answers
        </button>
      </div>
    </dialog>
  );
}
