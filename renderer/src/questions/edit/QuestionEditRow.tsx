import { useId, type DragEvent } from 'react';
import type { QuestionNode } from '../../../../shared/domain/consultation.ts';
import { ANSWER_TYPES, type AnswerType } from '../../../../shared/domain/answerTypes.ts';
import { questionLabel } from '../../../../shared/domain/consultationLabels.ts';
import { call, messageOf } from '../../api/workbench.ts';
import { commitOnEnter } from './AddItemForm.tsx';
import { CONSULTATION, afterRefiling, changeWording, useChangeHandlers } from './consultationChange.ts';
import { startQuestionDrag } from './questionDrag.ts';
import { useEditableValue } from './useEditableValue.ts';
import { countOf, plural } from '../../../../shared/text/plural.ts';

const ANSWER_LABELS: Record<AnswerType, string> = {
  open: 'Open answer',
  'agree-scale': 'Agree/disagree',
  'yes-no': 'Yes/no',
};

type Props = {
  question: QuestionNode;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  /** Where a dragged question would land relative to this row, for the drop line. */
  dropSide: 'before' | 'after' | null;
  onDragOverRow: (event: DragEvent<HTMLLIElement>) => void;
  onDropOnRow: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
};

/** One question in the editor: its wording, answer type, word limit, place and removal. */
export function QuestionEditRow({ question: q, ...props }: Props) {
  const { onChange, onError } = useChangeHandlers();
  const id = useId();
  const label = questionLabel(q);
  const [wording, setWording] = useEditableValue(q.title);
  const [limit, setLimit] = useEditableValue(q.wordLimit?.toString() ?? '');
  const fail = (error: unknown) => onError(messageOf(error));

  const saveWording = () => {
    const next = wording.trim();
    if (next === q.title) return;
    if (!next) return setWording(q.title);
    changeWording(q, next, `${label}'s wording saved.`).then(onChange, fail);
  };
  const saveAnswer = (answerType: AnswerType, wordLimit: number | null) => {
    if (answerType === q.answerType && wordLimit === q.wordLimit) return;
    call('setAnswerType', { id: q.id, answerType, wordLimit }).then(
      () =>
        onChange({
          refresh: CONSULTATION,
          message:
            wordLimit === q.wordLimit
              ? `${label} now asks for: ${ANSWER_LABELS[answerType]}.`
              : `${label}'s word limit is now ${wordLimit ?? 'none'}.`,
          undo: () => call('setAnswerType', { id: q.id, answerType: q.answerType, wordLimit: q.wordLimit }),
        }),
      fail,
    );
  };
  const saveLimit = () => {
    const value = limit.trim();
    const n = Number(value);
    if (value && (!Number.isInteger(n) || n < 1 || n > 100_000)) {
      setLimit(q.wordLimit?.toString() ?? '');
      return onError('A word limit is a whole number of words (or leave it empty for no limit).');
    }
    saveAnswer(q.answerType, value ? n : null);
  };

  return (
    <li
      className={`edit-question${props.dropSide ? ` drop-${props.dropSide}` : ''}`}
      draggable
      onDragStart={(e) => {
        // Dragging starts from the row, not from text being selected in its fields.
        if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return e.preventDefault();
        startQuestionDrag(e.dataTransfer, q.id);
      }}
      onDragOver={props.onDragOverRow}
      onDrop={props.onDropOnRow}
      onDragEnd={props.onDragEnd}
      data-question-id={q.id}
    >
      <div className="edit-question-head">
        <span className="drag-handle" aria-hidden="true" title="Drag to move">
          ⠿
        </span>
        <label htmlFor={`${id}-w`}>
          <strong>{label}</strong>
          {q.verified ? '' : ' (topic label: enter the official wording)'}
        </label>
      </div>
      <textarea
        id={`${id}-w`}
        className="edit-question-wording"
        rows={2}
        maxLength={2000}
        value={wording}
        onChange={(e) => setWording(e.target.value)}
        onBlur={saveWording}
        onKeyDown={commitOnEnter(saveWording)}
      />
      <span className="edit-question-actions">
        <label className="visually-hidden" htmlFor={`${id}-t`}>
          Answer type of {label}
        </label>
        <select
          id={`${id}-t`}
          value={q.answerType}
          onChange={(e) => saveAnswer(e.target.value as AnswerType, q.wordLimit)}
        >
          {ANSWER_TYPES.map((t) => (
            <option key={t} value={t}>
              {ANSWER_LABELS[t]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-l`}>Word limit</label>
        <input
          id={`${id}-l`}
          className="word-limit-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={100000}
          placeholder="none"
          value={limit}
          onChange={(e) => setLimit(e.target.value)}
          onBlur={saveLimit}
          onKeyDown={commitOnEnter(saveLimit)}
        />
        <button
          type="button"
          id={`move-up-${q.id}`}
          disabled={!props.canMoveUp}
          aria-label={`Move ${label} up`}
          onClick={() => props.onMove('up')}
        >
          ↑
        </button>
        <button
          type="button"
          id={`move-down-${q.id}`}
          disabled={!props.canMoveDown}
          aria-label={`Move ${label} down`}
          onClick={() => props.onMove('down')}
        >
          ↓
        </button>
        <button
          type="button"
          className="link-button danger"
          aria-label={`Remove ${label}`}
          onClick={() =>
            call('removeQuestion', { id: q.id })
              .then((removed) =>
                onChange({
                  message: `Removed ${label}${q.quoteCount ? `; its ${countOf(q.quoteCount, 'quote')} ${plural(q.quoteCount, 'stays', 'stay')} in the project` : ''}.`,
                  undo: () => call('restoreQuestion', { removed }),
                  refresh: afterRefiling(q.quoteCount > 0),
                }),
              )
              .catch(fail)
          }
        >
          Remove
        </button>
      </span>
    </li>
  );
}
