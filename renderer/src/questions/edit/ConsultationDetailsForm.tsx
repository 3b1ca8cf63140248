import { useId } from 'react';
import type { Consultation } from '../../../../shared/domain/consultation.ts';
import { call, messageOf } from '../../api/workbench.ts';
import { CONSULTATION, useChangeHandlers } from './consultationChange.ts';
import { useEditableValue } from './useEditableValue.ts';

/** The consultation's title, the department running it and its closing date. */
export function ConsultationDetailsForm({ consultation }: { consultation: Consultation }) {
  const { onChange, onError } = useChangeHandlers();
  const id = useId();
  const [title, setTitle] = useEditableValue(consultation.title);
  const [department, setDepartment] = useEditableValue(consultation.department ?? '');
  const [deadline, setDeadline] = useEditableValue(consultation.deadline ?? '');
  const changed =
    title !== consultation.title ||
    department !== (consultation.department ?? '') ||
    deadline !== (consultation.deadline ?? '');

  return (
    <form
      className="consultation-details"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return onError('The consultation needs a title.');
        const before = {
          title: consultation.title,
          department: consultation.department,
          deadline: consultation.deadline,
        };
        call('setConsultationDetails', {
          details: { title: title.trim(), department: department.trim() || null, deadline: deadline || null },
        }).then(
          () =>
            onChange({
              refresh: CONSULTATION,
              message: 'Consultation details saved.',
              undo: () => call('setConsultationDetails', { details: before }),
            }),
          (error: unknown) => onError(messageOf(error)),
        );
      }}
    >
      <h3 id={`${id}-h`}>The consultation</h3>
      <label htmlFor={`${id}-t`}>Title</label>
      <input id={`${id}-t`} value={title} required maxLength={500} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-d`}>Department</label>
      <input id={`${id}-d`} value={department} maxLength={500} onChange={(e) => setDepartment(e.target.value)} />
      <label htmlFor={`${id}-c`}>Closing date</label>
      <input id={`${id}-c`} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      <button type="submit" disabled={!changed}>
        Save details
      </button>
    </form>
  );
}
