import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FormAnswer } from '../../../shared/form/formAnswers.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import { call, messageOf } from '../api/workbench.ts';
import { useModalDialog } from '../useModalDialog.ts';
import { STATUS_LABELS, countsText, evidenceText } from './formViewText.ts';
import { ShortVersionEditor } from './ShortVersionEditor.tsx';
import './formView.css';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Saves what is still being typed, so the form shows the draft as it is now. */
  beforeOpen?: () => Promise<void>;
  /** A question to bring into view, its "Not answering" box focused (from the readiness check's link). */
  showQuestion?: number | null;
};

/**
 * The online form, question by question in its order: each answer as the form's box receives it (the short version
 * where there is one), its counts against the limits, a button to copy it, and what has been copied so far.
 */
export function FormView({ open, onClose, beforeOpen, showQuestion = null }: Props) {
  const dialog = useModalDialog(open);
  const id = useId();
  const [answers, setAnswers] = useState<FormAnswer[] | null>(null);
  const [copied, setCopied] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  const flush = useRef(beforeOpen);
  useEffect(() => {
    flush.current = beforeOpen;
  });

  const load = useCallback(async () => {
    try {
      setAnswers(await call('listFormAnswers', {}));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  // Read afresh on every opening; what was copied stays marked while the app is open.
  useEffect(() => {
    if (!open) return;
    void (async () => {
      await flush.current?.().catch(() => {});
      await load();
    })();
  }, [open, load]);

  // Once the answers are in, the question asked for is scrolled to and its choice focused, once per opening.
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (!open) shown.current = null;
    else if (answers && showQuestion !== null && shown.current !== showQuestion) {
      shown.current = showQuestion;
      document.getElementById(`${id}-skip-${showQuestion}`)?.focus();
    }
  }, [open, answers, showQuestion, id]);

  const copy = async (a: FormAnswer) => {
    try {
      await navigator.clipboard.writeText(a.text);
      setCopied((c) => new Set(c).add(a.questionId));
      setMessage(`Copied the answer to ${questionLabel(a)}.`);
    } catch {
      setError('The answer could not be copied: select its text and copy it with Ctrl+C instead.');
    }
  };

  const setSkipped = async (a: FormAnswer, skipped: boolean) => {
    // The box shows the choice at once; the list is read again once it is stored.
    setAnswers((list) =>
      (list ?? []).map((x) =>
        x.questionId === a.questionId ? { ...x, status: skipped ? 'skipped' : 'unanswered' } : x,
      ),
    );
    try {
      await call('setQuestionSkipped', { questionId: a.questionId, skipped });
      await load();
      setMessage(skipped ? `${questionLabel(a)}: not answering.` : `${questionLabel(a)}: answering again.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <dialog ref={dialog} className="form-view" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>The online form, question by question</h2>
      {/* The questions scroll between the title and Close, so Close (focused on opening) is always in sight. */}
      <div className="form-view-body">
        <p className="form-view-intro">
          Copy each answer into the form’s box for that question. Counts are the form’s: a word is anything between
          spaces, and every character counts, spaces and line breaks included.
        </p>
        {error ? (
          <p className="form-view-error" role="alert">
            {error}
          </p>
        ) : null}
        {answers === null ? <p>Reading the draft…</p> : null}
        <ol className="form-view-list" aria-label="Questions in the form’s order">
          {(answers ?? []).map((a) => {
            const label = questionLabel(a);
            const evidence = evidenceText(a);
            const done = copied.has(a.questionId);
            return (
              <li
                key={a.questionId}
                className={`form-view-item status-${a.status}`}
                aria-labelledby={`${id}-${a.questionId}`}
              >
                <h3 id={`${id}-${a.questionId}`}>
                  {label} <span className="form-view-status">{STATUS_LABELS[a.status]}</span>
                  {a.shortVersion ? <span className="form-view-short"> short version</span> : null}
                </h3>
                {a.title ? (
                  <p className="form-view-wording" id={`${id}-${a.questionId}-wording`}>
                    {a.verified ? a.title : `Topic: ${a.title}`}
                  </p>
                ) : null}
                <p className={a.overLimit ? 'form-view-counts over' : 'form-view-counts'}>
                  {countsText(a)}
                  {a.overLimit ? ' — over the limit' : ''}
                </p>
                {a.text ? (
                  <textarea
                    readOnly
                    value={a.text}
                    rows={Math.min(10, a.text.split('\n').length + 2)}
                    aria-label={`Text for ${label}`}
                    aria-describedby={a.title ? `${id}-${a.questionId}-wording` : undefined}
                  />
                ) : null}
                {a.status !== 'skipped' && a.text ? (
                  <p className="form-view-evidence">
                    {evidence.found}
                    {evidence.hint ? ` ${evidence.hint}` : ''}
                  </p>
                ) : null}
                {a.status !== 'skipped' ? (
                  <ShortVersionEditor answer={a} onSaved={() => void load()} onError={setError} />
                ) : null}
                <div className="form-view-actions">
                  <button
                    type="button"
                    onClick={() => void copy(a)}
                    disabled={!a.text}
                    aria-label={`Copy the answer to ${label}`}
                  >
                    Copy
                  </button>
                  {done ? <span className="form-view-copied">✓ Copied</span> : null}
                  <label>
                    <input
                      id={`${id}-skip-${a.questionId}`}
                      type="checkbox"
                      checked={a.status === 'skipped'}
                      onChange={(e) => void setSkipped(a, e.target.checked)}
                    />{' '}
                    Not answering this question
                  </label>
                </div>
              </li>
            );
          })}
        </ol>
      </div>
      <div className="form-view-footer">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <p className="form-view-message" role="status">
          {message}
        </p>
      </div>
    </dialog>
  );
}
