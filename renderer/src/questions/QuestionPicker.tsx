import { useId, useMemo, useState, type Ref } from 'react';
import type { QuestionNode } from '../../../shared/domain/consultation.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import type { QuestionId } from '../../../shared/ids.ts';

type Props = {
  questions: QuestionNode[];
  chosen: readonly QuestionId[];
  onSave: (questionIds: QuestionId[]) => void;
  onCancel: () => void;
  ref?: Ref<HTMLDivElement>;
};

/** Choose the questions a quote supports: type to filter, tick any number, save. */
export function QuestionPicker({ questions, chosen, onSave, onCancel, ref }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<Set<QuestionId>>(new Set(chosen));
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f
      ? questions.filter((q) => `${questionLabel(q)} ${q.title}`.toLowerCase().includes(f) || String(q.number) === f)
      : questions;
  }, [questions, filter]);
  const toggle = (questionId: QuestionId) =>
    setPicked((p) => {
      const next = new Set(p);
      if (next.has(questionId)) next.delete(questionId);
      else next.add(questionId);
      return next;
    });
  return (
    <div ref={ref} className="question-picker" role="group" aria-label="File this quote under questions">
      <label htmlFor={`${id}-filter`}>Filter questions</label>
      <input id={`${id}-filter`} type="search" value={filter} autoFocus onChange={(e) => setFilter(e.target.value)} />
      <ul>
        {shown.map((q) => (
          <li key={q.id}>
            <label>
              <input type="checkbox" checked={picked.has(q.id)} onChange={() => toggle(q.id)} /> {questionLabel(q)}:{' '}
              {q.title}
            </label>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => onSave([...picked])}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
