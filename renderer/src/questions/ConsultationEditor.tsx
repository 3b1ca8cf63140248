import { useId, useState } from 'react';
import type { Consultation, RemovedQuestion, AnswerType } from '../../../shared/domain/theme.ts';
import { ANSWER_TYPES, chapterLabel, questionLabel } from '../../../shared/domain/theme.ts';
import type { ThemeId } from '../../../shared/ids.ts';
import { call, messageOf } from '../api/workbench.ts';

const ANSWER_LABELS: Record<AnswerType, string> = { open: 'Open answer', 'agree-scale': 'Agree/disagree', 'yes-no': 'Yes/no' };

type Props = {
  consultation: Consultation;
  onChanged: (consultation: Consultation) => void;
  onRemoved: (removed: RemovedQuestion) => void;
  onError: (message: string) => void;
};

/** Add, reorder (buttons, so the keyboard can do it), retype and remove questions. */
export function ConsultationEditor({ consultation, onChanged, onRemoved, onError }: Props) {
  const id = useId();
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const run = (work: Promise<Consultation>) => work.then(onChanged, (e: unknown) => onError(messageOf(e)));

  return (
    <div className="consultation-editor">
      {consultation.chapters.map((chapter) => (
        <section key={chapter.id} aria-labelledby={`${id}-c${chapter.id}`}>
          <h3 id={`${id}-c${chapter.id}`} className="chapter-title">
            {chapterLabel(chapter)}
          </h3>
          <ol className="edit-questions">
            {chapter.questions.map((q, i) => (
              <li key={q.id}>
                <span className="edit-question-title">
                  <strong>{questionLabel(q)}</strong> {q.title}
                </span>
                <span className="edit-question-actions">
                  <label className="visually-hidden" htmlFor={`${id}-t${q.id}`}>
                    Answer type of {questionLabel(q)}
                  </label>
                  <select id={`${id}-t${q.id}`} value={q.answerType} onChange={(e) => void run(call('setAnswerType', { id: q.id, answerType: e.target.value as AnswerType, wordLimit: q.wordLimit }))}>
                    {ANSWER_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {ANSWER_LABELS[t]}
                      </option>
                    ))}
                  </select>
                  <button type="button" disabled={i === 0} aria-label={`Move ${questionLabel(q)} up`} onClick={() => void run(call('moveQuestion', { id: q.id, direction: 'up' }))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === chapter.questions.length - 1}
                    aria-label={`Move ${questionLabel(q)} down`}
                    onClick={() => void run(call('moveQuestion', { id: q.id, direction: 'down' }))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Remove ${questionLabel(q)}`}
                    onClick={() => call('removeQuestion', { id: q.id }).then(onRemoved, (e: unknown) => onError(messageOf(e)))}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <form
            className="add-question"
            onSubmit={(e) => {
              e.preventDefault();
              const title = drafts[chapter.id]?.trim();
              if (!title) return;
              void run(call('addQuestion', { chapterId: chapter.id as ThemeId, title, answerType: 'open' })).then(() => setDrafts((d) => ({ ...d, [chapter.id]: '' })));
            }}
          >
            <label htmlFor={`${id}-a${chapter.id}`}>New question in this chapter</label>
            <input id={`${id}-a${chapter.id}`} value={drafts[chapter.id] ?? ''} onChange={(e) => setDrafts((d) => ({ ...d, [chapter.id]: e.target.value }))} />
            <button type="submit">Add question</button>
          </form>
        </section>
      ))}
    </div>
  );
}
