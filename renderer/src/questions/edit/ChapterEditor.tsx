import { useId, type DragEvent } from 'react';
import type { ChapterNode } from '../../../../shared/domain/consultation.ts';
import { chapterLabel } from '../../../../shared/domain/consultationLabels.ts';
import { call, messageOf } from '../../api/workbench.ts';
import { AddItemForm, commitOnEnter } from './AddItemForm.tsx';
import { CONSULTATION, useChangeHandlers } from './consultationChange.ts';
import { QuestionEditRow } from './QuestionEditRow.tsx';
import { isQuestionDrag } from './questionDrag.ts';
import { useEditableValue } from './useEditableValue.ts';

export type DropTarget = { chapterId: number; questionId: number | null; after: boolean };

type Props = {
  chapter: ChapterNode;
  isFirst: boolean;
  isLast: boolean;
  dropTarget: DropTarget | null;
  onDropTarget: (target: DropTarget | null) => void;
  onDrop: (event: DragEvent, target: DropTarget) => void;
  onMove: (questionId: number, direction: 'up' | 'down') => void;
};

/** A chapter in the editor: its title, its questions in order (drop targets for dragging), and adding one. */
export function ChapterEditor({ chapter, dropTarget, onDropTarget, onDrop, ...props }: Props) {
  const { onChange, onError } = useChangeHandlers();
  const id = useId();
  const [title, setTitle] = useEditableValue(chapter.title);
  const fail = (error: unknown) => onError(messageOf(error));
  const questions = chapter.questions;

  const rename = () => {
    const next = title.trim();
    if (!next) return setTitle(chapter.title);
    if (next === chapter.title) return;
    call('renameChapter', { id: chapter.id, title: next }).then(
      () =>
        onChange({
          refresh: CONSULTATION,
          message: `Chapter renamed “${next}”.`,
          undo: () => call('renameChapter', { id: chapter.id, title: chapter.title }),
        }),
      fail,
    );
  };
  const targetFor = (event: DragEvent<HTMLElement>, questionId: number | null): DropTarget => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      chapterId: chapter.id,
      questionId,
      after: questionId !== null && event.clientY > box.top + box.height / 2,
    };
  };
  const over = (event: DragEvent<HTMLElement>, questionId: number | null) => {
    if (!isQuestionDrag(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const next = targetFor(event, questionId);
    if (
      dropTarget?.chapterId !== next.chapterId ||
      dropTarget.questionId !== next.questionId ||
      dropTarget.after !== next.after
    )
      onDropTarget(next);
  };
  const drop = (event: DragEvent<HTMLElement>, questionId: number | null) => {
    if (!isQuestionDrag(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    onDrop(event, targetFor(event, questionId));
  };

  return (
    <section className="chapter-editor" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="chapter-title">
        {chapterLabel(chapter)}
      </h3>
      {chapter.number !== null ? (
        <div className="chapter-rename">
          <label htmlFor={`${id}-n`}>Chapter title</label>
          <input
            id={`${id}-n`}
            value={title}
            maxLength={500}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={rename}
            onKeyDown={commitOnEnter(rename)}
          />
          {questions.length === 0 ? (
            <button
              type="button"
              className="link-button danger"
              aria-label={`Remove ${chapterLabel(chapter)}`}
              onClick={() =>
                call('removeChapter', { id: chapter.id }).then(
                  ({ removed }) =>
                    onChange({
                      refresh: CONSULTATION,
                      message: `Removed the chapter “${chapter.title}”.`,
                      undo: () => call('restoreChapter', { chapter: removed }),
                    }),
                  fail,
                )
              }
            >
              Remove chapter
            </button>
          ) : null}
        </div>
      ) : null}
      <ol
        className={`edit-questions${dropTarget?.chapterId === chapter.id && dropTarget.questionId === null ? ' drop-into' : ''}`}
        aria-label={`Questions in ${chapterLabel(chapter)}`}
        onDragOver={(e) => over(e, null)}
        onDrop={(e) => drop(e, null)}
      >
        {questions.map((q, i) => (
          <QuestionEditRow
            key={q.id}
            question={q}
            canMoveUp={!(props.isFirst && i === 0)}
            canMoveDown={!(props.isLast && i === questions.length - 1)}
            onMove={(direction) => props.onMove(q.id, direction)}
            dropSide={dropTarget?.questionId === q.id ? (dropTarget.after ? 'after' : 'before') : null}
            onDragOverRow={(e) => over(e, q.id)}
            onDropOnRow={(e) => drop(e, q.id)}
            onDragEnd={() => onDropTarget(null)}
          />
        ))}
        {questions.length === 0 ? (
          <li className="empty-chapter">No questions yet. Add one below, or drag one here.</li>
        ) : null}
      </ol>
      <AddItemForm
        label="New question in this chapter"
        maxLength={2000}
        buttonLabel="Add question"
        onAdd={(text) =>
          call('addQuestion', { chapterId: chapter.id, title: text, answerType: 'open' }).then(
            (c) => {
              const added = c.chapters.find((ch) => ch.id === chapter.id)?.questions.at(-1);
              onChange({
                refresh: CONSULTATION,
                message: `Added ${added ? `Question ${added.number}` : 'a question'}.`,
                ...(added ? { undo: () => call('removeQuestion', { id: added.id }) } : {}),
              });
              return true;
            },
            (e: unknown) => (fail(e), false),
          )
        }
      />
    </section>
  );
}
