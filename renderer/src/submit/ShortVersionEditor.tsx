import { useEffect, useId, useRef, useState } from 'react';
import type { FormAnswer } from '../../../shared/form/formAnswers.ts';
import { formCounts } from '../../../shared/form/formCounts.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import { call, messageOf } from '../api/workbench.ts';
import { countOf } from '../../../shared/text/plural.ts';

type Props = {
  answer: FormAnswer;
  /** After each save, so the form's list shows the text the form now gets. */
  onSaved: () => void;
  onError: (message: string) => void;
};

const SAVE_AFTER_MS = 600;

/**
 * The short (form-length) version of one answer: started from the full answer's form text, autosaved as it is
 * typed, counted as the form counts. Emptying it gives the form the full answer again, and that can be undone.
 */
export function ShortVersionEditor({ answer, onSaved, onError }: Props) {
  const id = useId();
  const [text, setText] = useState(answer.shortVersion ? answer.text : '');
  const [state, setState] = useState<'saved' | 'saving' | 'pending'>('saved');
  const [removed, setRemoved] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(text !== '');
  // Focus follows the user's action: into the text once started, to Undo once removed.
  const [focus, setFocus] = useState<'text' | 'undo' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  const label = questionLabel(answer);

  const save = async (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setState('saving');
    try {
      await call('setShortVersion', { questionId: answer.questionId, text: value });
      if (latest.current === value) setState('saved');
      onSaved();
    } catch (e) {
      setState('pending');
      onError(messageOf(e));
    }
  };

  const change = (value: string) => {
    latest.current = value;
    setText(value);
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(value), SAVE_AFTER_MS);
  };

  // Whatever is still waiting is saved when the editor goes (the form view closes).
  useEffect(
    () => () => {
      if (timer.current) void call('setShortVersion', { questionId: answer.questionId, text: latest.current });
    },
    [answer.questionId],
  );

  const start = async () => {
    try {
      const full = await call('getFullFormText', { questionId: answer.questionId });
      setFocus('text');
      change(full);
      await save(full);
    } catch (e) {
      onError(messageOf(e));
    }
  };

  const remove = async () => {
    setRemoved(text);
    setFocus('undo');
    latest.current = '';
    setText('');
    await save('');
  };

  const undoRemove = async () => {
    if (removed === null) return;
    latest.current = removed;
    setText(removed);
    setRemoved(null);
    await save(removed);
  };

  const counts = formCounts(text, { wordLimit: answer.wordLimit, characterLimit: answer.characterLimit });
  return (
    <details className="short-version" open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary>Short version for the form</summary>
      {text === '' ? (
        <p>
          The form gets the full answer.{' '}
          <button type="button" onClick={() => void start()}>
            Start a short version from the full answer
          </button>
          {removed !== null ? (
            <button type="button" onClick={() => void undoRemove()} autoFocus={focus === 'undo'}>
              Undo removing the short version
            </button>
          ) : null}
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-short`}>Short version of the answer to {label}</label>
          <textarea
            id={`${id}-short`}
            value={text}
            rows={6}
            autoFocus={focus === 'text'}
            onChange={(e) => change(e.target.value)}
            onBlur={() => state === 'pending' && void save(latest.current)}
          />
          <p className={counts.overLimit ? 'form-view-counts over' : 'form-view-counts'} aria-live="polite">
            {answer.wordLimit === null
              ? countOf(counts.words, 'word')
              : `${counts.words} of ${countOf(answer.wordLimit, 'word')}`}{' '}
            · {countOf(counts.characters, 'character')} · {state === 'saved' ? 'Saved' : 'Saving…'}
          </p>
          <button type="button" onClick={() => void remove()}>
            Use the full answer instead
          </button>
        </>
      )}
    </details>
  );
}
